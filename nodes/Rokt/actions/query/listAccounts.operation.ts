import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { roktRequest } from '../../transport';
import { listIn } from '../../../../shared/transport/errors';

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
	const accounts = listIn(this.getNode(), 'Rokt', response, 'data', itemIndex);
	return accounts.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
