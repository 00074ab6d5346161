import type { Action, HypermediaDocument, Link } from './link';
import { linksWithRel, relations } from './link';
import { parseDocument } from './parsers';
import { checkTarget, LinkRefusal, type OriginPolicy } from './safety';
import { expandTemplate, type TemplateValue } from './uriTemplate';

/** Fetches a URL with the credential and answers with the final URL (after redirects) and body. */
export type Fetcher = (
	url: string,
	request?: { method?: string; body?: unknown },
) => Promise<{ url: string; body: unknown; headers: Record<string, unknown> }>;

/** A relation the document does not have; the message lists the ones it has. */
export class LinkNotFound extends Error {
	constructor(
		readonly rel: string,
		readonly available: string[],
		readonly url: string,
	) {
		super(
			`No "${rel}" link at ${url}. ${available.length ? `It has: ${available.join(', ')}.` : 'It has no links.'}`,
		);
		this.name = 'LinkNotFound';
	}
}

/** Expands a templated href and resolves it against the document it was found in. */
export function resolveHref(
	link: Pick<Link, 'href' | 'context' | 'templated'>,
	variables: Record<string, TemplateValue> = {},
): string {
	const templated = link.templated === true || /\{[^}]+\}/.test(link.href);
	const href = templated ? expandTemplate(link.href, variables) : link.href;
	return new URL(href, link.context).toString();
}

export async function fetchDocument(
	fetch: Fetcher,
	url: string,
	request?: { method?: string; body?: unknown },
) {
	const response = await fetch(url, request);
	const linkHeader = Object.entries(response.headers ?? {}).find(
		([name]) => name.toLowerCase() === 'link',
	)?.[1];
	return parseDocument(
		response.url,
		response.body,
		typeof linkHeader === 'string' ? linkHeader : undefined,
	);
}

export function findLink(document: HypermediaDocument, rel: string): Link {
	const [link] = linksWithRel(document, rel);
	if (!link) throw new LinkNotFound(rel, relations(document), document.url);
	return link;
}

export function findAction(document: HypermediaDocument, name: string): Action {
	const action = document.actions.find((entry) => entry.name.toLowerCase() === name.toLowerCase());
	if (!action) {
		const names = document.actions.map((entry) => entry.name);
		throw new LinkNotFound(`action ${name}`, names, document.url);
	}
	return action;
}

/** Follows one link: resolves it, checks it is safe for the credential, fetches it. */
export async function follow(
	fetch: Fetcher,
	document: HypermediaDocument,
	rel: string,
	policy: OriginPolicy,
	variables: Record<string, TemplateValue> = {},
): Promise<HypermediaDocument> {
	const link = findLink(document, rel);
	// Template variables left out are dropped from the URL, as RFC 6570 says.
	const target = checkTarget(resolveHref(link, variables), document.url, policy);
	return await fetchDocument(fetch, target.toString());
}

/** Follows a path of relations, e.g. ["subaccounts", "next"]. */
export async function followPath(
	fetch: Fetcher,
	start: HypermediaDocument,
	rels: string[],
	policy: OriginPolicy,
	variables: Record<string, TemplateValue> = {},
): Promise<HypermediaDocument> {
	let document = start;
	for (const rel of rels) document = await follow(fetch, document, rel, policy, variables);
	return document;
}

export type StopReason = 'last_page' | 'page_cap' | 'item_cap' | 'cycle';

export interface CollectedPages {
	elements: unknown[];
	pages: number;
	stopReason: StopReason;
	lastUrl: string;
}

/**
 * Collects the elements of a collection across its pages by following "next". Stops at the last
 * page, at the page or item cap, or when a page links back to one already read, and says which.
 * A "next" that leaves the API's origin is refused (LinkRefusal), never followed.
 */
export async function collectPages(
	fetch: Fetcher,
	first: HypermediaDocument,
	policy: OriginPolicy,
	caps: { maxPages: number; maxItems?: number; nextRel?: string },
): Promise<CollectedPages> {
	const nextRel = caps.nextRel ?? 'next';
	const visited = new Set<string>([normalise(first.url)]);
	const elements: unknown[] = [...first.elements];
	let page = first;
	let pages = 1;
	for (;;) {
		if (caps.maxItems !== undefined && elements.length >= caps.maxItems) {
			return {
				elements: elements.slice(0, caps.maxItems),
				pages,
				stopReason: 'item_cap',
				lastUrl: page.url,
			};
		}
		const [next] = linksWithRel(page, nextRel);
		if (!next) return { elements, pages, stopReason: 'last_page', lastUrl: page.url };
		const target = checkTarget(resolveHref(next), page.url, policy);
		if (visited.has(normalise(target.toString())))
			return { elements, pages, stopReason: 'cycle', lastUrl: page.url };
		if (pages >= caps.maxPages)
			return { elements, pages, stopReason: 'page_cap', lastUrl: page.url };
		visited.add(normalise(target.toString()));
		page = await fetchDocument(fetch, target.toString());
		pages += 1;
		elements.push(...page.elements);
	}
}

function normalise(url: string): string {
	const parsed = new URL(url);
	parsed.hash = '';
	return parsed.toString();
}

export { LinkRefusal };
