import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { blynkRequest } from '../../transport';
import { listIn } from '../../../../shared/transport/errors';

const properties: INodeProperties[] = [
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		required: true,
		description: 'Text to look for in device names and fields',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['device'], operation: ['search'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const query = this.getNodeParameter('query', itemIndex) as string;
	const found = await blynkRequest.call(this, 'GET', '/search/devices', itemIndex, {
		qs: { query },
	});
	return listIn(this.getNode(), 'Blynk', found, '', itemIndex).map((json) => ({
		json,
		pairedItem: { item: itemIndex },
	}));
}
