import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as search from './search.operation';
import * as upsert from './upsert.operation';

export { get, search, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { authentication: ['legacy'], resource: ['customerV1'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get a customer', action: 'Get a customer' },
			{
				name: 'Search',
				value: 'search',
				description: 'List customers, page by page',
				action: 'Search customers',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Upsert a customer',
			},
		],
		default: 'search',
	},
	...get.description,
	...search.description,
	...upsert.description,
];
