import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { collectPages } from '../../../../shared/hypermedia/follow';
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
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
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
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const maxItems = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
	const collected = await withLinkErrors(this, itemIndex, async () => {
		const first = await startDocument.call(this, session, itemIndex);
		return await collectPages(session.fetch, first, session.policy, { maxPages, maxItems });
	});
	const elements = collected.elements.map(elementJson);
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
