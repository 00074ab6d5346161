import type { INodeProperties } from 'n8n-workflow';

export const accountId: INodeProperties = {
	displayName: 'Account ID',
	name: 'accountId',
	type: 'string',
	default: '',
	required: true,
	description: 'The Rokt account to report on; List Accounts shows the ones you can see',
};

export const report: INodeProperties = {
	displayName: 'Report',
	name: 'report',
	type: 'options',
	options: [
		{ name: 'Campaigns', value: 'campaigns' },
		{ name: 'Transactions', value: 'transactions' },
	],
	default: 'campaigns',
};
