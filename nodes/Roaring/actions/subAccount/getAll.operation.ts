import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { collectPages, fetchDocument, follow } from '../../../../shared/hypermedia/follow';
import { returnAllOrLimit } from '../../../../shared/node/descriptions';
import { limitParameter } from '../../../../shared/node/parameters';
import { roaringSession, withLinkErrors } from '../../transport';
import { elementJson } from '../common';

const properties: INodeProperties[] = [...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['subAccount'], operation: ['getAll'] } },
	properties,
);

/** Found through the root's "subaccounts" link, never a fixed path. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const session = await roaringSession.call(this, itemIndex, []);
	const maxItems = limitParameter(this, itemIndex);
	const collected = await withLinkErrors(this, itemIndex, async () => {
		const root = await fetchDocument(session.fetch, session.rootUrl);
		const list = await follow(session.fetch, root, 'subaccounts', session.policy);
		return await collectPages(session.fetch, list, session.policy, { maxPages: 100, maxItems });
	});
	return collected.elements.map((element) => ({
		json: elementJson(element),
		pairedItem: { item: itemIndex },
	}));
}
