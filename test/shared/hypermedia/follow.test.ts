import {
	collectPages,
	fetchDocument,
	follow,
	LinkNotFound,
	resolveHref,
	type Fetcher,
} from '../../../shared/hypermedia/follow';
import { LinkRefusal } from '../../../shared/hypermedia/safety';
import { useSandbox } from '../../harness/fixture';
import { roaringAccounts } from '../../sandbox/providers/roaring';

const context = useSandbox();

/** A plain fetcher with a Roaring token, to exercise following against the sandbox over HTTP. */
async function fetcher(): Promise<Fetcher> {
	const { sandbox } = context;
	const { accessToken } = sandbox.providers.roaring.authorities.oauth.issue(
		roaringAccounts.client.clientId,
		'test',
	);
	return async (url) => {
		const response = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } });
		const headers: Record<string, unknown> = {};
		response.headers.forEach((value, name) => (headers[name] = value));
		return { url: response.url, body: await response.json(), headers };
	};
}
const policy = () => ({ apiOrigin: context.sandbox.urls.roaring });

test('follows a templated link from the root and collects every page of a collection', async () => {
	const fetch = await fetcher();
	const root = await fetchDocument(fetch, `${context.sandbox.urls.roaring}/`);
	const first = await follow(fetch, root, 'changelogs', policy(), { type: 'API' });
	expect(first.url).toBe(`${context.sandbox.urls.roaring}/changelogs?type=API`);
	const all = await collectPages(fetch, first, policy(), { maxPages: 100 });
	expect(all).toMatchObject({ pages: 5, stopReason: 'last_page' });
	expect(all.elements).toHaveLength(47);
});

test('a missing relation lists the ones that exist', async () => {
	const fetch = await fetcher();
	const root = await fetchDocument(fetch, `${context.sandbox.urls.roaring}/`);
	await expect(follow(fetch, root, 'invoices', policy())).rejects.toThrow(
		new LinkNotFound('invoices', ['changelogs', 'self', 'subaccounts'], root.url),
	);
});

test('page and item caps and cycles stop with their reason', async () => {
	const fetch = await fetcher();
	const first = await fetchDocument(fetch, `${context.sandbox.urls.roaring}/changelogs`);
	await expect(collectPages(fetch, first, policy(), { maxPages: 2 })).resolves.toMatchObject({
		pages: 2,
		stopReason: 'page_cap',
	});
	await expect(
		collectPages(fetch, first, policy(), { maxPages: 10, maxItems: 15 }),
	).resolves.toMatchObject({ stopReason: 'item_cap', elements: expect.any(Array) });
	context.sandbox.roaringSettings.linkMode = 'cycle';
	const looping = await fetchDocument(fetch, `${context.sandbox.urls.roaring}/changelogs?page=1`);
	await expect(collectPages(fetch, looping, policy(), { maxPages: 10 })).resolves.toMatchObject({
		pages: 1,
		stopReason: 'cycle',
	});
});

test('a next link to another origin is refused and the foreign server sees nothing', async () => {
	const fetch = await fetcher();
	context.sandbox.roaringSettings.linkMode = 'foreign';
	const first = await fetchDocument(fetch, `${context.sandbox.urls.roaring}/changelogs`);
	await expect(collectPages(fetch, first, policy(), { maxPages: 10 })).rejects.toBeInstanceOf(
		LinkRefusal,
	);
	expect(context.sandbox.providers.foreign.arrivals).toHaveLength(0);
});

test('relative and templated links resolve against the document they came from', () => {
	const context = 'https://api.example.com/partner/subaccounts?page=2';
	expect(resolveHref({ href: 'sa_1', context })).toBe('https://api.example.com/partner/sa_1');
	expect(resolveHref({ href: '../changelogs', context })).toBe(
		'https://api.example.com/changelogs',
	);
	expect(
		resolveHref({ href: '/changelogs{?type}', context, templated: true }, { type: 'API' }),
	).toBe('https://api.example.com/changelogs?type=API');
	expect(resolveHref({ href: '?page=3', context })).toBe(
		'https://api.example.com/partner/subaccounts?page=3',
	);
});
