import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { roseRocketV1AllPages } from '../../transport';
import { returnAllOrLimit, showV1 } from '../orderV1/common';

export const description: INodeProperties[] = returnAllOrLimit.map((property) => ({
	...property,
	displayOptions: {
		show: { ...showV1('customerV1', 'search').show, ...(property.displayOptions?.show ?? {}) },
	},
}));

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const customers = await roseRocketV1AllPages.call(
		this,
		'/customers',
		'customers',
		itemIndex,
		{},
		limit,
	);
	return customers.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
