import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { jsonObjectParameter } from '../../../../shared/node/parameters';
import { roseRocketRequest } from '../../transport';
import { showV1 } from './common';

export const description: INodeProperties[] = [
	{
		displayName: 'Customer ID',
		name: 'customerId',
		type: 'string',
		default: '',
		required: true,
		description: 'The customer the order is for; "ext:ID" addresses a customer by your external ID',
	},
	{
		displayName: 'Order (JSON)',
		name: 'order',
		type: 'json',
		default: '{}',
		required: true,
		description:
			'The order as Rose Rocket\'s v1 API takes it, e.g. {"external_id": "PO-1", "origin": {…}, "destination": {…}}',
	},
].map(
	(property) => ({ ...property, displayOptions: showV1('orderV1', 'create') }) as INodeProperties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const customer = encodeURIComponent(this.getNodeParameter('customerId', itemIndex) as string);
	const body = jsonObjectParameter(this, 'order', 'Order', itemIndex);
	const response = await roseRocketRequest.call(
		this,
		'legacy',
		'POST',
		`/customers/${customer}/orders`,
		itemIndex,
		{ body },
	);
	return [{ json: (response.order ?? response) as IDataObject, pairedItem: { item: itemIndex } }];
}
