import type { Action, HypermediaDocument, Link } from './link';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

const relsOf = (rel: unknown): string[] =>
	(Array.isArray(rel) ? rel : typeof rel === 'string' ? rel.split(/\s+/) : []).filter(
		(entry): entry is string => typeof entry === 'string' && entry !== '',
	);

/** Siren and Roaring: `links: [{rel: [..], href}]` and `actions: [{name, method, href, ...}]`. */
function sirenLike(body: Json, context: string): Pick<HypermediaDocument, 'links' | 'actions'> {
	const links: Link[] = [];
	for (const entry of Array.isArray(body.links) ? body.links : []) {
		if (!isObject(entry) || typeof entry.href !== 'string') continue;
		for (const rel of relsOf(entry.rel)) {
			links.push({
				rel,
				href: entry.href,
				context,
				templated: entry.templated === true || undefined,
				title: typeof entry.title === 'string' ? entry.title : undefined,
				type: typeof entry.type === 'string' ? entry.type : undefined,
			});
		}
	}
	const actions: Action[] = [];
	for (const entry of Array.isArray(body.actions) ? body.actions : []) {
		if (!isObject(entry) || typeof entry.href !== 'string' || typeof entry.name !== 'string')
			continue;
		actions.push({
			name: entry.name,
			method: typeof entry.method === 'string' ? entry.method.toUpperCase() : 'GET',
			href: entry.href,
			context,
			type: typeof entry.type === 'string' ? entry.type : undefined,
			schema: entry.schema,
			fields: Array.isArray(entry.fields) ? entry.fields : undefined,
		});
	}
	return { links, actions };
}

/** HAL: `_links: {rel: {href} | [{href}]}`. */
function hal(body: Json, context: string): Link[] {
	const links: Link[] = [];
	if (!isObject(body._links)) return links;
	for (const [rel, value] of Object.entries(body._links)) {
		for (const entry of Array.isArray(value) ? value : [value]) {
			if (!isObject(entry) || typeof entry.href !== 'string') continue;
			links.push({
				rel,
				href: entry.href,
				context,
				templated: entry.templated === true || undefined,
				title: typeof entry.title === 'string' ? entry.title : undefined,
				type: typeof entry.type === 'string' ? entry.type : undefined,
			});
		}
	}
	return links;
}

/** JSON:API: `links: {self: "url" | {href}}`. */
function jsonApi(body: Json, context: string): Link[] {
	if (!isObject(body.links)) return [];
	const links: Link[] = [];
	for (const [rel, value] of Object.entries(body.links)) {
		const href = typeof value === 'string' ? value : isObject(value) ? value.href : undefined;
		if (typeof href === 'string') links.push({ rel, href, context });
	}
	return links;
}

/** Splits on a separator outside quotes and angle brackets. */
function splitOutside(text: string, separator: string): string[] {
	const parts: string[] = [];
	let current = '';
	let quoted = false;
	let bracketed = false;
	for (const char of text) {
		if (char === '"' && !bracketed) quoted = !quoted;
		else if (char === '<' && !quoted) bracketed = true;
		else if (char === '>' && !quoted) bracketed = false;
		if (char === separator && !quoted && !bracketed) {
			parts.push(current);
			current = '';
		} else current += char;
	}
	parts.push(current);
	return parts;
}

/** RFC 8288 Link header: `<url>; rel="next prev"; title="…", <url2>; rel=last`. */
export function parseLinkHeader(header: string, context: string): Link[] {
	const links: Link[] = [];
	for (const value of splitOutside(header, ',')) {
		const match = /^\s*<([^>]*)>(.*)$/s.exec(value);
		if (!match) continue;
		const params: Record<string, string> = {};
		for (const param of splitOutside(match[2], ';')) {
			const pair = /^\s*([^=\s]+)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s"]*)))?\s*$/.exec(param);
			if (pair)
				params[pair[1].toLowerCase()] ??= (pair[2] ?? pair[3] ?? '').replace(/\\(.)/g, '$1');
		}
		for (const rel of relsOf(params.rel)) {
			links.push({
				rel: rel.toLowerCase(),
				href: match[1],
				context,
				title: params.title,
				type: params.type,
			});
		}
	}
	return links;
}

function elementsOf(body: Json): unknown[] {
	const properties = isObject(body.properties) ? body.properties : undefined;
	if (Array.isArray(properties?.elements)) return properties.elements;
	if (Array.isArray(body.elements)) return body.elements;
	if (Array.isArray(body.entities)) return body.entities;
	if (isObject(body._embedded)) {
		const lists = Object.values(body._embedded).filter(Array.isArray);
		if (lists.length > 0) return lists[0] as unknown[];
	}
	if (Array.isArray(body.data)) return body.data;
	return [];
}

/**
 * Reads any of the formats this package follows (Roaring's, Siren, HAL, JSON:API and the Link
 * header) into one link model. Links keep the URL they were found at, to be resolved against it.
 */
export function parseDocument(url: string, body: unknown, linkHeader?: string): HypermediaDocument {
	const json = isObject(body) ? body : {};
	const links: Link[] = [];
	const actions: Action[] = [];
	if (Array.isArray(json.links) || Array.isArray(json.actions)) {
		const siren = sirenLike(json, url);
		links.push(...siren.links);
		actions.push(...siren.actions);
	} else {
		links.push(...jsonApi(json, url));
	}
	links.push(...hal(json, url));
	if (linkHeader) links.push(...parseLinkHeader(linkHeader, url));
	return { url, links, actions, elements: Array.isArray(body) ? body : elementsOf(json), body };
}
