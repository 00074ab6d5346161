import type { INodeProperties } from 'n8n-workflow';

import * as run from './run.operation';

export { run };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['action'] } },
		options: [
			{
				name: 'Run',
				value: 'run',
				description: 'Run an action a document advertises',
				action: 'Run an advertised action',
			},
		],
		default: 'run',
	},
	...run.description,
];
