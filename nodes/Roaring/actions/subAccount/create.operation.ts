import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { fetchDocument, follow } from '../../../../shared/hypermedia/follow';
import { jsonObjectParameter } from '../../../../shared/node/parameters';
import { roaringSession, withLinkErrors } from '../../transport';
import { runAction } from '../action/run.operation';
import { elementJson } from '../common';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: "The client company's name",
	},
	{
		displayName: 'Organisation Number',
		name: 'organisationNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '556000-0001',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
	},
	{
		displayName: 'Additional Fields (JSON)',
		name: 'additionalFields',
		type: 'json',
		default: '{}',
		description: 'Further fields the create action accepts, e.g. {"monthlyQuota": 100}',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['subAccount'], operation: ['create'] } },
	properties,
);

/** Uses the "create" action the sub-account list advertises, with its schema checked first. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const session = await roaringSession.call(this, itemIndex, []);
	const list = await withLinkErrors(this, itemIndex, async () => {
		const root = await fetchDocument(session.fetch, session.rootUrl);
		return await follow(session.fetch, root, 'subaccounts', session.policy);
	});
	const body: IDataObject = {
		name: this.getNodeParameter('name', itemIndex) as string,
		organisationNumber: this.getNodeParameter('organisationNumber', itemIndex) as string,
		email: this.getNodeParameter('email', itemIndex) as string,
		...jsonObjectParameter(this, 'additionalFields', 'Additional Fields', itemIndex),
	};
	const created = await runAction.call(this, session, list, 'create', body, itemIndex);
	return [{ json: elementJson(created), pairedItem: { item: itemIndex } }];
}
