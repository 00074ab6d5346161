import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { findAction, resolveHref } from '../../../../shared/hypermedia/follow';
import type { HypermediaDocument } from '../../../../shared/hypermedia/link';
import { checkTarget } from '../../../../shared/hypermedia/safety';
import { validateAgainstSchema } from '../../../../shared/hypermedia/schema';
import { jsonObjectParameter } from '../../../../shared/node/parameters';
import { roaringSession, withLinkErrors, type RoaringSession } from '../../transport';
import {
	allowedHostsProperty,
	documentJson,
	options,
	startDocument,
	startProperties,
} from '../common';

const properties: INodeProperties[] = [
	...startProperties,
	{
		displayName: 'Action Name',
		name: 'actionName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'create',
		description: 'The name of an action the document advertises',
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'json',
		default: '{}',
		description: "Checked against the action's JSON schema before it is sent",
	},
	allowedHostsProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['action'], operation: ['run'] } },
	properties,
);

/** Runs an advertised action: its schema is checked first, each problem named. */
export async function runAction(
	this: IExecuteFunctions,
	session: RoaringSession,
	document: HypermediaDocument,
	name: string,
	body: IDataObject,
	itemIndex: number,
): Promise<IDataObject> {
	const action = await withLinkErrors(this, itemIndex, async () => findAction(document, name));
	const problems = validateAgainstSchema(body, action.schema);
	if (problems.length > 0) {
		throw new NodeOperationError(
			this.getNode(),
			`The body does not fit the "${action.name}" action: ${problems.join('; ')}`,
			{
				itemIndex,
				description: `Fix ${problems.length === 1 ? 'this field' : 'these fields'} and run again. Nothing was sent.`,
			},
		);
	}
	const target = await withLinkErrors(this, itemIndex, async () =>
		checkTarget(resolveHref(action), document.url, session.policy),
	);
	const response = await session.fetch(target.toString(), { method: action.method, body });
	return response.body as IDataObject;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const session = await roaringSession.call(
		this,
		itemIndex,
		options.call(this, itemIndex).allowedHosts,
	);
	const document = await withLinkErrors(
		this,
		itemIndex,
		async () => await startDocument.call(this, session, itemIndex),
	);
	const name = this.getNodeParameter('actionName', itemIndex) as string;
	const body = jsonObjectParameter(this, 'body', 'Body', itemIndex);
	const result = await runAction.call(this, session, document, name, body, itemIndex);
	return [
		{ json: { ...result, source: documentJson(document).url }, pairedItem: { item: itemIndex } },
	];
}
