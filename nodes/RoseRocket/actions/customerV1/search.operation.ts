import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { limitParameter } from '../../../../shared/node/parameters';
import { roseRocketV1AllPages } from '../../transport';
import { showV1 } from '../orderV1/common';
import { returnAllOrLimit, showOnly } from '../../../../shared/node/descriptions';

export const description: INodeProperties[] = showOnly(
	showV1('customerV1', 'search').show,
	returnAllOrLimit,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const limit = limitParameter(this, itemIndex);
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
