import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { roseRocketRequest } from '../../transport';
import { show } from './common';
import { listIn } from '../../../../shared/transport/errors';

const properties: INodeProperties[] = [
	{
		displayName: 'Board ID',
		name: 'boardId',
		type: 'string',
		default: '',
		required: true,
		description: "Search runs through a board; boards are listed by Rose Rocket's /boards/nav",
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Filters (JSON)',
				name: 'filters',
				type: 'json',
				default: '[]',
				description: 'A JSON array of filters, in the form Rose Rocket documents for its search',
			},
			{
				displayName: 'Filters Operator',
				name: 'filtersOperator',
				type: 'options',
				options: [
					{ name: 'And', value: 'and' },
					{ name: 'Or', value: 'or' },
				],
				default: 'and',
			},
			{ displayName: 'Order By Path', name: 'orderByPath', type: 'string', default: '' },
			{
				displayName: 'Order Direction',
				name: 'orderByDirection',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
				default: 'asc',
			},
			{
				displayName: 'Timezone',
				name: 'timezone',
				type: 'string',
				default: '',
				placeholder: 'America/Toronto',
			},
		],
	},
];

export const description: INodeProperties[] = properties.map((property) => ({
	...property,
	displayOptions: show('search'),
}));

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { filters, ...options } = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	let parsedFilters: unknown = filters ?? [];
	if (typeof parsedFilters === 'string') {
		try {
			parsedFilters = JSON.parse(parsedFilters || '[]');
		} catch {
			parsedFilters = undefined;
		}
	}
	if (!Array.isArray(parsedFilters)) {
		throw new NodeOperationError(this.getNode(), 'Filters must be a JSON array', {
			itemIndex,
			description: 'For example [] for no filter.',
		});
	}
	const body: IDataObject = {
		boardId: this.getNodeParameter('boardId', itemIndex) as string,
		limit: this.getNodeParameter('limit', itemIndex) as number,
		filters: parsedFilters as IDataObject[],
		...options,
	};
	const response = await roseRocketRequest.call(
		this,
		'oAuth2',
		'POST',
		'/objects/search',
		itemIndex,
		{ body },
	);
	const results = listIn(this.getNode(), 'Rose Rocket', response, 'results', itemIndex);
	return results.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
