import type { INodeProperties } from 'n8n-workflow';

import * as send from './send.operation';

export { send };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['event'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				description: 'Send the input items as events, in batches of up to 100',
				action: 'Send events',
			},
		],
		default: 'send',
	},
	...send.description,
];
