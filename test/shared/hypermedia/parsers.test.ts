import { parseDocument, parseLinkHeader } from '../../../shared/hypermedia/parsers';

const at = 'https://api.example.com/things?page=1';

test("Roaring's format: links with rel lists, templated links, actions with a schema, elements", () => {
	const document = parseDocument(at, {
		properties: { elements: [{ properties: { id: 1 } }] },
		links: [
			{ rel: ['self'], href: '/things?page=1' },
			{ rel: ['next', 'more'], href: '/things?page=2' },
			{ rel: ['search'], href: '/things{?q}', templated: true },
		],
		actions: [
			{
				name: 'create',
				method: 'post',
				href: '/things',
				type: 'application/json',
				schema: { type: 'object' },
			},
		],
	});
	expect(document.links.map((link) => link.rel)).toEqual(['self', 'next', 'more', 'search']);
	expect(document.links[3]).toMatchObject({ templated: true, context: at });
	expect(document.actions).toEqual([
		{
			name: 'create',
			method: 'POST',
			href: '/things',
			context: at,
			type: 'application/json',
			schema: { type: 'object' },
			fields: undefined,
		},
	]);
	expect(document.elements).toEqual([{ properties: { id: 1 } }]);
});

test('Siren: sub-entities are the elements', () => {
	const document = parseDocument(at, {
		entities: [{ properties: { a: 1 } }],
		links: [{ rel: ['next'], href: 'https://api.example.com/x' }],
	});
	expect(document.elements).toHaveLength(1);
	expect(document.links[0].rel).toBe('next');
});

test('HAL: single and repeated links, embedded items', () => {
	const document = parseDocument(at, {
		_links: {
			self: { href: '/things' },
			next: { href: '/things?page=2' },
			item: [{ href: '/things/1' }, { href: '/things/2' }],
		},
		_embedded: { things: [{ id: 1 }, { id: 2 }] },
	});
	expect(document.links.map((link) => `${link.rel} ${link.href}`)).toEqual([
		'self /things',
		'next /things?page=2',
		'item /things/1',
		'item /things/2',
	]);
	expect(document.elements).toEqual([{ id: 1 }, { id: 2 }]);
});

test('JSON:API: string and object links, data as elements', () => {
	const document = parseDocument(at, {
		data: [{ id: '1' }],
		links: { self: at, next: { href: '/things?page[number]=2' } },
	});
	expect(document.links.map((link) => link.rel)).toEqual(['self', 'next']);
	expect(document.elements).toEqual([{ id: '1' }]);
});

test('RFC 8288 Link header: several links, several rels, quoted commas and semicolons, any casing', () => {
	const links = parseLinkHeader(
		'<https://api.example.com/?page=2>; rel="next last"; title="a, b; c", </?page=1>; REL=Prev',
		at,
	);
	expect(links.map((link) => [link.rel, link.href])).toEqual([
		['next', 'https://api.example.com/?page=2'],
		['last', 'https://api.example.com/?page=2'],
		['prev', '/?page=1'],
	]);
	expect(links[0].title).toBe('a, b; c');
	const fromHeaders = parseDocument(at, [{ id: 1 }], '</things?page=2>; rel="next"');
	expect(fromHeaders.links[0]).toMatchObject({ rel: 'next', href: '/things?page=2' });
	expect(fromHeaders.elements).toEqual([{ id: 1 }]);
});
