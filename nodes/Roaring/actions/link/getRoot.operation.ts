import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { fetchDocument } from '../../../../shared/hypermedia/follow';
import { roaringSession, withLinkErrors } from '../../transport';
import { documentJson } from '../common';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['link'], operation: ['getRoot'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const session = await roaringSession.call(this, itemIndex, []);
	const root = await withLinkErrors(
		this,
		itemIndex,
		async () => await fetchDocument(session.fetch, session.rootUrl),
	);
	return [{ json: documentJson(root), pairedItem: { item: itemIndex } }];
}
