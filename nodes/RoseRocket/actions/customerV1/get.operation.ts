import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { roseRocketRequest } from '../../transport';
import { showV1 } from '../orderV1/common';

export const description: INodeProperties[] = [
	{
		displayName: 'Customer ID',
		name: 'customerId',
		type: 'string',
		default: '',
		required: true,
		description: 'Rose Rocket\'s ID, or "ext:" followed by your external ID',
		displayOptions: showV1('customerV1', 'get'),
	},
];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = encodeURIComponent(this.getNodeParameter('customerId', itemIndex) as string);
	const response = await roseRocketRequest.call(
		this,
		'legacy',
		'GET',
		`/customers/${id}`,
		itemIndex,
	);
	return [
		{ json: (response.customer ?? response) as IDataObject, pairedItem: { item: itemIndex } },
	];
}
