import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { roseRocketRequest } from '../../transport';
import { showV1 } from './common';

export const description: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		default: '',
		required: true,
		displayOptions: showV1('orderV1', 'get'),
	},
];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = encodeURIComponent(this.getNodeParameter('orderId', itemIndex) as string);
	const response = await roseRocketRequest.call(this, 'legacy', 'GET', `/orders/${id}`, itemIndex);
	return [{ json: (response.order ?? response) as IDataObject, pairedItem: { item: itemIndex } }];
}
