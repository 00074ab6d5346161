import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { blynkRequest } from '../../transport';

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
	const found = (await blynkRequest.call(this, 'GET', '/search/devices', itemIndex, {
		qs: { query },
	})) as IDataObject[];
	return (Array.isArray(found) ? found : []).map((json) => ({
		json,
		pairedItem: { item: itemIndex },
	}));
}
