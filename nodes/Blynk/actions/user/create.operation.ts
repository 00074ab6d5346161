import { createHash } from 'crypto';
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
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
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
				displayName: 'Password',
				name: 'password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'Sent as Blynk requires it: a SHA-256 hash, base64-encoded, never in clear',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { password, ...fields } = this.getNodeParameter(
		'additionalFields',
		itemIndex,
		{},
	) as IDataObject;
	const body: IDataObject = {
		email: this.getNodeParameter('email', itemIndex) as string,
		name: this.getNodeParameter('name', itemIndex, '') as string,
		...fields,
	};
	if (typeof password === 'string' && password !== '') {
		body.password = createHash('sha256').update(password, 'utf8').digest('base64');
	}
	const user = (await blynkRequest.call(this, 'POST', '/users/create', itemIndex, {
		body,
	})) as IDataObject;
	return [{ json: user, pairedItem: { item: itemIndex } }];
}
