import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../harness/engine';
import { addCredential, useSandbox } from '../../harness/fixture';
import { roaringAccounts } from '../../sandbox/providers/roaring';

const context = useSandbox();
const NODE = 'n8n-nodes-oauth-connectors.roaring';

async function roaring(
	parameters: IDataObject,
	options: { items?: IDataObject[]; continueOnFail?: boolean } = {},
) {
	const { sandbox, environment } = context;
	const credentials = addCredential(environment, 'roaringApi', {
		...roaringAccounts.user,
		...roaringAccounts.client,
		baseUrl: sandbox.urls.roaring,
	});
	return await runNode(environment, {
		type: NODE,
		parameters,
		credentials,
		items: (options.items ?? [{}]).map((json) => ({ json })),
		continueOnFail: options.continueOnFail,
	});
}

const listChangelogs = (extra: IDataObject = {}) => ({
	resource: 'link',
	operation: 'listElements',
	startFrom: 'root',
	relations: 'changelogs',
	variables: '{"type": "API"}',
	returnAll: true,
	...extra,
});

describe('link', () => {
	test('Get Root shows the links and actions to follow', async () => {
		const result = await roaring({ resource: 'link', operation: 'getRoot' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			url: `${context.sandbox.urls.roaring}/`,
			properties: { apiVersion: '1.0' },
			links: expect.arrayContaining([
				{ rel: 'subaccounts', href: `${context.sandbox.urls.roaring}/partner/subaccounts` },
				{
					rel: 'changelogs',
					href: `${context.sandbox.urls.roaring}/changelogs`,
					template: '/changelogs{?type}',
				},
			]),
		});
	});

	test('List Elements follows a templated link and reads every page', async () => {
		const result = await roaring(listChangelogs());
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(47);
		expect(result.items[0].json).toMatchObject({ details: { title: 'Change 1' } });
		expect(result.items[46].json).toMatchObject({ details: { title: 'Change 47' } });
	});

	test('the Summary output says how many pages were read and why reading stopped', async () => {
		const capped = await roaring(listChangelogs({ output: 'summary', options: { maxPages: 2 } }));
		expect(capped.items[0].json).toMatchObject({ count: 20, pages: 2, stopReason: 'page_cap' });
		context.sandbox.roaringSettings.linkMode = 'cycle';
		const cycling = await roaring(
			listChangelogs({
				output: 'summary',
				relations: '',
				startFrom: 'url',
				startUrl: `${context.sandbox.urls.roaring}/changelogs?page=1`,
			}),
		);
		expect(cycling.items[0].json).toMatchObject({ count: 10, pages: 1, stopReason: 'cycle' });
	});

	test('a next link to another origin is refused with a clear error and no credential leaves', async () => {
		context.sandbox.roaringSettings.linkMode = 'foreign';
		const result = await roaring(listChangelogs());
		expect(result.error?.message).toMatch(
			/^Refused to send the credential to http:\/\/127\.0\.0\.1:\d+, which is not the API's own origin/,
		);
		expect(context.sandbox.providers.foreign.arrivals).toHaveLength(0);
	});

	test('a start URL on another origin is refused before any request', async () => {
		const result = await roaring({
			resource: 'link',
			operation: 'follow',
			startFrom: 'url',
			startUrl: `${context.sandbox.urls.foreign}/steal`,
			relations: '',
		});
		expect(result.error?.message).toMatch(/^Refused to send the credential/);
		expect(context.sandbox.providers.foreign.arrivals).toHaveLength(0);
	});

	test('a redirect is followed on the same origin and refused to another one', async () => {
		const { urls } = context.sandbox;
		const follow = (to: string) => ({
			resource: 'link',
			operation: 'follow',
			startFrom: 'url',
			startUrl: `${urls.roaring}/redirect?to=${encodeURIComponent(to)}`,
			relations: '',
		});
		const same = await roaring(follow('/partner/subaccounts'));
		expect(same.items[0].json).toMatchObject({ url: `${urls.roaring}/partner/subaccounts` });
		const foreign = await roaring(follow(`${urls.foreign}/collect`));
		expect(foreign.error?.message).toMatch(
			/^Refused to send the credential to http:\/\/127\.0\.0\.1:\d+/,
		);
		expect(context.sandbox.providers.foreign.arrivals).toHaveLength(0);
	});

	test('a missing relation lists the relations that exist', async () => {
		const result = await roaring({
			resource: 'link',
			operation: 'follow',
			startFrom: 'root',
			relations: 'invoices',
		});
		expect(result.error?.message).toBe(
			`No "invoices" link at ${context.sandbox.urls.roaring}/. It has: changelogs, self, subaccounts.`,
		);
	});
});

describe('sub-accounts and actions', () => {
	test('Get Many lists the sub-accounts found through the root', async () => {
		const result = await roaring({ resource: 'subAccount', operation: 'getAll', returnAll: true });
		expect(result.items.map((item) => item.json)).toEqual([
			{
				id: 'sa_1',
				name: 'First Client AB',
				organisationNumber: '556000-0001',
				email: 'first@example.com',
			},
		]);
	});

	test('Create uses the advertised action and its schema', async () => {
		const result = await roaring({
			resource: 'subAccount',
			operation: 'create',
			name: 'New AB',
			organisationNumber: '556000-0002',
			email: 'new@example.com',
			additionalFields: '{"monthlyQuota": 5}',
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({
			id: 'sa_2',
			name: 'New AB',
			organisationNumber: '556000-0002',
			email: 'new@example.com',
			monthlyQuota: 5,
		});
	});

	test('a body that does not fit the schema names each field, and nothing is sent', async () => {
		const result = await roaring({
			resource: 'subAccount',
			operation: 'create',
			name: 'X',
			organisationNumber: '12',
			email: 'not-an-email',
			additionalFields: '{"monthlyQuota": -1, "color": "red"}',
		});
		expect(result.error?.message).toBe(
			'The body does not fit the "create" action: organisationNumber does not match the pattern ^[0-9]{6}-?[0-9]{4}$; email must be an email address; monthlyQuota must be at least 0; color is not allowed',
		);
		expect(
			context.sandbox.providers.roaring.authorities.oauth.apiLog.filter(
				(entry) => entry.method === 'POST',
			),
		).toHaveLength(0);
	});

	test('Action: Run on a document reached by relations', async () => {
		const result = await roaring({
			resource: 'action',
			operation: 'run',
			startFrom: 'root',
			relations: 'subaccounts',
			actionName: 'create',
			body: '{"name": "Via Action AB", "organisationNumber": "5560000003", "email": "a@example.com"}',
		});
		expect(result.items[0].json).toMatchObject({
			properties: { id: 'sa_2', name: 'Via Action AB' },
		});
	});

	test('Continue on Fail pairs each error to its item', async () => {
		const result = await roaring(
			{ resource: 'link', operation: 'follow', startFrom: 'root', relations: '={{ $json.rel }}' },
			{ items: [{ rel: 'subaccounts' }, { rel: 'nope' }], continueOnFail: true },
		);
		expect(result.items.map((item) => [item.pairedItem, item.json.error ?? item.json.url])).toEqual(
			[
				[{ item: 0 }, `${context.sandbox.urls.roaring}/partner/subaccounts`],
				[{ item: 1 }, expect.stringMatching(/^No "nope" link/)],
			],
		);
	});
});

test('custom API call: POST to a path, with the same checks on redirects', async () => {
	const result = await roaring({
		resource: 'customApiCall',
		operation: 'send',
		method: 'POST',
		path: '/partner/subaccounts',
		body: '{"name": "Direct AB", "organisationNumber": "556000-0009", "email": "d@example.com"}',
	});
	expect(result.items[0].json).toMatchObject({ properties: { id: 'sa_2', name: 'Direct AB' } });
	const redirected = await roaring({
		resource: 'customApiCall',
		operation: 'send',
		method: 'GET',
		path: `/redirect?to=${encodeURIComponent(`${context.sandbox.urls.foreign}/x`)}`,
	});
	expect(redirected.error?.message).toMatch(/^Refused to send the credential/);
	expect(context.sandbox.providers.foreign.arrivals).toHaveLength(0);
});

test('a 429 whose Retry-After is an HTTP date is waited out and retried', async () => {
	const inOneSecond = new Date(Date.now() + 1000).toUTCString();
	context.sandbox.providers.roaring.authorities.oauth.apiFaults.push({
		status: 429,
		body: { error: 'TooManyRequests' },
		headers: { 'Retry-After': inOneSecond },
	});
	const result = await roaring({ resource: 'subAccount', operation: 'getAll', returnAll: true });
	expect(result.error).toBeUndefined();
	expect(
		context.sandbox.providers.roaring.authorities.oauth.apiLog.map((entry) => entry.status),
	).toEqual([429, 200, 200]);
});
