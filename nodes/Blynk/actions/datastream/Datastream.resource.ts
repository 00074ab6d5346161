import type { INodeProperties } from 'n8n-workflow';

import * as getHistory from './getHistory.operation';

export { getHistory };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['datastream'] } },
		options: [
			{
				name: 'Get History',
				value: 'getHistory',
				description: 'Get the values a datastream recorded in a time range',
				action: 'Get datastream history',
			},
		],
		default: 'getHistory',
	},
	...getHistory.description,
];
