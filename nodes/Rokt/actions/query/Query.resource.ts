import type { INodeProperties } from 'n8n-workflow';

import * as getAllowedFields from './getAllowedFields.operation';
import * as listAccounts from './listAccounts.operation';
import * as runReport from './runReport.operation';

export { getAllowedFields, listAccounts, runReport };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['query'] } },
		options: [
			{
				name: 'Get Allowed Fields',
				value: 'getAllowedFields',
				description: 'List the metrics and dimensions a report accepts',
				action: 'Get allowed report fields',
			},
			{
				name: 'List Accounts',
				value: 'listAccounts',
				description: 'List the accounts you can report on',
				action: 'List accounts',
			},
			{
				name: 'Run Report',
				value: 'runReport',
				description: 'Run a campaign or transactions report for a date range',
				action: 'Run a report',
			},
		],
		default: 'runReport',
	},
	...getAllowedFields.description,
	...listAccounts.description,
	...runReport.description,
];
