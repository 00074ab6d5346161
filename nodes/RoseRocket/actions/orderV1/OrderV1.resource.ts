import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as search from './search.operation';

export { create, get, search };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { authentication: ['legacy'], resource: ['orderV1'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create an order for a customer',
				action: 'Create an order',
			},
			{ name: 'Get', value: 'get', description: 'Get an order', action: 'Get an order' },
			{
				name: 'Search',
				value: 'search',
				description: 'Search orders, page by page',
				action: 'Search orders',
			},
		],
		default: 'search',
	},
	...create.description,
	...get.description,
	...search.description,
];
