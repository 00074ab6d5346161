import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { limitParameter } from '../../../../shared/node/parameters';
import { roseRocketV1AllPages } from '../../transport';
import { showV1 } from './common';
import { returnAllOrLimit, showOnly } from '../../../../shared/node/descriptions';

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

export const description: INodeProperties[] = showOnly(
	showV1('orderV1', 'search').show,
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const limit = limitParameter(this, itemIndex);
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
