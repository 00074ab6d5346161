import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { collectPages } from '../../../../shared/hypermedia/follow';
import { returnAllOrLimit } from '../../../../shared/node/descriptions';
import { limitParameter } from '../../../../shared/node/parameters';
import { roaringSession, withLinkErrors } from '../../transport';
import {
	allowedHostsProperty,
	elementJson,
	options,
	startDocument,
	startProperties,
} from '../common';

const properties: INodeProperties[] = [
	...startProperties,
	...returnAllOrLimit,
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			"Whether to return only each element's properties instead of the whole entity with its links",
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{ name: 'Elements', value: 'elements', description: 'One item per element' },
			{
				name: 'Summary',
				value: 'summary',
				description: 'One item with the elements, the pages read and why reading stopped',
			},
		],
		default: 'elements',
	},
	allowedHostsProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['link'], operation: ['listElements'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { allowedHosts, maxPages } = options.call(this, itemIndex);
	const session = await roaringSession.call(this, itemIndex, allowedHosts);
	const maxItems = limitParameter(this, itemIndex);
	const collected = await withLinkErrors(this, itemIndex, async () => {
		const first = await startDocument.call(this, session, itemIndex);
		return await collectPages(session.fetch, first, session.policy, { maxPages, maxItems });
	});
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const elements = collected.elements.map((element) =>
		simplify ? elementJson(element) : (element as IDataObject),
	);
	if (this.getNodeParameter('output', itemIndex) === 'summary') {
		const { pages, stopReason, lastUrl } = collected;
		return [
			{
				json: { elements, count: elements.length, pages, stopReason, lastUrl },
				pairedItem: { item: itemIndex },
			},
		];
	}
	return elements.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
