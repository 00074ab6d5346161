import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { jsonObjectParameter } from '../../../../shared/node/parameters';
import { roseRocketRequest } from '../../transport';
import { showV1 } from '../orderV1/common';

export const description: INodeProperties[] = [
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		required: true,
		description: 'Your ID for the customer: updated if it exists, created otherwise',
	},
	{
		displayName: 'Customer (JSON)',
		name: 'customer',
		type: 'json',
		default: '{"name": ""}',
		required: true,
		description: 'The customer\'s fields, e.g. {"name": "Acme", "email": "ops@acme.com"}',
	},
].map(
	(property) =>
		({ ...property, displayOptions: showV1('customerV1', 'upsert') }) as INodeProperties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = encodeURIComponent(this.getNodeParameter('externalId', itemIndex) as string);
	const body = jsonObjectParameter(this, 'customer', 'Customer', itemIndex);
	const response = await roseRocketRequest.call(
		this,
		'legacy',
		'PUT',
		`/customers/${id}/upsert`,
		itemIndex,
		{ body },
	);
	return [
		{ json: (response.customer ?? response) as IDataObject, pairedItem: { item: itemIndex } },
	];
}
