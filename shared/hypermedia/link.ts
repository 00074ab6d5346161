/** One link, whatever format it came from, with the URL it must be resolved against. */
export interface Link {
	rel: string;
	href: string;
	/** The URL of the document the link was found in. */
	context: string;
	templated?: boolean;
	title?: string;
	type?: string;
}

/** An action a document advertises (Siren actions, Roaring's actions with a JSON schema). */
export interface Action {
	name: string;
	method: string;
	href: string;
	context: string;
	type?: string;
	schema?: unknown;
	fields?: unknown[];
}

export interface HypermediaDocument {
	url: string;
	links: Link[];
	actions: Action[];
	/** The entities of a collection ("elements", Siren sub-entities, HAL _embedded, JSON:API data). */
	elements: unknown[];
	body: unknown;
}

export function linksWithRel(document: HypermediaDocument, rel: string): Link[] {
	const wanted = rel.toLowerCase();
	return document.links.filter((link) => link.rel.toLowerCase() === wanted);
}

export function relations(document: HypermediaDocument): string[] {
	return [...new Set(document.links.map((link) => link.rel))].sort();
}
