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
		displayName: 'Template ID',
		name: 'templateId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'TMPL1234abcd',
		description: 'The template the device is created from, shown in Blynk.Console under Templates',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Organization ID', name: 'orgId', type: 'number', default: 0 },
			{
				displayName: 'Owner ID',
				name: 'ownerId',
				type: 'number',
				default: 0,
				description: 'The user who owns the device',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['device'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body: IDataObject = {
		templateId: this.getNodeParameter('templateId', itemIndex) as string,
		name: this.getNodeParameter('name', itemIndex) as string,
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	const device = (await blynkRequest.call(this, 'POST', '/device/create', itemIndex, {
		body,
	})) as IDataObject;
	return [{ json: device, pairedItem: { item: itemIndex } }];
}
