import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { roktRequest } from '../../transport';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['query'], operation: ['listAccounts'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const response = await roktRequest.call(this, 'GET', '/v1/query/accounts', itemIndex);
	const accounts = Array.isArray(response.data) ? (response.data as IDataObject[]) : [];
	return accounts.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
