import { type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { fetchDocument, followPath } from '../../../shared/hypermedia/follow';
import { jsonObjectParameter } from '../../../shared/node/parameters';
import type { HypermediaDocument } from '../../../shared/hypermedia/link';
import type { TemplateValue } from '../../../shared/hypermedia/uriTemplate';
import type { RoaringSession } from '../transport';

export const startProperties: INodeProperties[] = [
	{
		displayName: 'Start From',
		name: 'startFrom',
		type: 'options',
		options: [
			{ name: 'API Root', value: 'root', description: "The API's entry document" },
			{ name: 'URL', value: 'url', description: 'A URL of this API, e.g. from an earlier step' },
		],
		default: 'root',
	},
	{
		displayName: 'URL',
		name: 'startUrl',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { startFrom: ['url'] } },
		description: "A URL on the API's own origin (or an allowed host)",
	},
	{
		displayName: 'Relations to Follow',
		name: 'relations',
		type: 'string',
		default: '',
		placeholder: 'subaccounts',
		description:
			'Link relations to follow in order, comma-separated; empty stays at the start document',
	},
	{
		displayName: 'Template Variables',
		name: 'variables',
		type: 'json',
		default: '{}',
		description: 'Values for templated links, e.g. {"type": "API"}',
	},
];

export const allowedHostsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Allowed Hosts',
			name: 'allowedHosts',
			type: 'string',
			default: '',
			placeholder: 'files.roaring.io',
			description:
				"Other hosts (https only) that may receive the credential when a link leads there, comma-separated. By default only the API's own origin does.",
		},
		{
			displayName: 'Max Pages',
			name: 'maxPages',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 100,
			description: 'Stop after this many pages of a collection',
		},
	],
};

export function options(this: IExecuteFunctions, itemIndex: number) {
	const raw = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const allowedHosts = String(raw.allowedHosts ?? '')
		.split(',')
		.map((host) => host.trim())
		.filter(Boolean);
	return { allowedHosts, maxPages: Number(raw.maxPages ?? 100) };
}

/** The document the item starts from, after following its relations. */
export async function startDocument(
	this: IExecuteFunctions,
	session: RoaringSession,
	itemIndex: number,
): Promise<HypermediaDocument> {
	const startFrom = this.getNodeParameter('startFrom', itemIndex) as string;
	const url =
		startFrom === 'url'
			? (this.getNodeParameter('startUrl', itemIndex) as string)
			: session.rootUrl;
	const relations = String(this.getNodeParameter('relations', itemIndex, '') ?? '')
		.split(',')
		.map((rel) => rel.trim())
		.filter(Boolean);
	const variables = jsonObjectParameter(
		this,
		'variables',
		'Template Variables',
		itemIndex,
	) as Record<string, TemplateValue>;
	const start = await fetchDocument(session.fetch, url);
	return await followPath(session.fetch, start, relations, session.policy, variables);
}

/** A document as an output item: its URL, its properties and what it lets the user do next. */
export function documentJson(document: HypermediaDocument): IDataObject {
	const body = (document.body ?? {}) as IDataObject;
	return {
		url: document.url,
		...(typeof body.properties === 'object' && body.properties !== null
			? { properties: body.properties as IDataObject }
			: { body: body as IDataObject }),
		links: document.links.map((link) => ({
			rel: link.rel,
			href: new URL(link.href.replace(/\{[^}]*\}/g, ''), link.context).toString(),
			...(link.templated ? { template: link.href } : {}),
		})),
		actions: document.actions.map((action) => ({
			name: action.name,
			method: action.method,
			href: new URL(action.href, action.context).toString(),
		})),
	};
}

/** Roaring's elements are entities; their properties are what users want. */
export function elementJson(element: unknown): IDataObject {
	const entity = (element ?? {}) as IDataObject;
	return typeof entity.properties === 'object' && entity.properties !== null
		? (entity.properties as IDataObject)
		: entity;
}
