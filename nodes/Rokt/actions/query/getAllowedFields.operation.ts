import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { roktRequest } from '../../transport';
import { accountId, report } from './common';

const properties: INodeProperties[] = [accountId, report];

export const description = updateDisplayOptions(
	{ show: { resource: ['query'], operation: ['getAllowedFields'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const account = encodeURIComponent(this.getNodeParameter('accountId', itemIndex) as string);
	const kind = this.getNodeParameter('report', itemIndex) as string;
	const response = await roktRequest.call(
		this,
		'GET',
		`/v1/query/accounts/${account}/${kind}/help`,
		itemIndex,
	);
	return [{ json: (response.data ?? response) as IDataObject, pairedItem: { item: itemIndex } }];
}
