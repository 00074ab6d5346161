import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { roaringSession, withLinkErrors } from '../../transport';
import {
	allowedHostsProperty,
	documentJson,
	options,
	startDocument,
	startProperties,
} from '../common';

const properties: INodeProperties[] = [...startProperties, allowedHostsProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['link'], operation: ['follow'] } },
	properties,
);

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
	return [{ json: documentJson(document), pairedItem: { item: itemIndex } }];
}
