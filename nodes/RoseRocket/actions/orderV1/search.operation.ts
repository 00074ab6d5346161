import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { roseRocketV1AllPages } from '../../transport';
import { returnAllOrLimit, showV1 } from './common';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Search Term', name: 'search_term', type: 'string', default: '' },
			{ displayName: 'External ID', name: 'external_id', type: 'string', default: '' },
			{ displayName: 'Created After', name: 'created_start_at', type: 'dateTime', default: '' },
			{ displayName: 'Created Before', name: 'created_end_at', type: 'dateTime', default: '' },
		],
	},
];

export const description: INodeProperties[] = properties.map((property) => ({
	...property,
	displayOptions: {
		show: { ...showV1('orderV1', 'search').show, ...(property.displayOptions?.show ?? {}) },
	},
}));

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const orders = await roseRocketV1AllPages.call(
		this,
		'/orders',
		'orders',
		itemIndex,
		filters,
		limit,
	);
	return orders.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
