import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';

export { create, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['subAccount'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: "Create a sub-account with the API's advertised create action",
				action: 'Create a sub account',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List your sub-accounts',
				action: 'Get many sub accounts',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
];
