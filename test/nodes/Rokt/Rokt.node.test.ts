import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../harness/engine';
import { addCredential, useSandbox } from '../../harness/fixture';
import { faults } from '../../sandbox/authority';
import { roktAccounts } from '../../sandbox/providers/rokt';

const context = useSandbox();
const NODE = 'n8n-nodes-oauth-connectors.rokt';

async function rokt(
	parameters: IDataObject,
	options: { items?: IDataObject[]; continueOnFail?: boolean } = {},
) {
	const { sandbox, environment } = context;
	const credentials = addCredential(environment, 'roktApi', {
		...roktAccounts.app,
		baseUrl: sandbox.urls.rokt,
	});
	return await runNode(environment, {
		type: NODE,
		parameters,
		credentials,
		items: (options.items ?? [{}]).map((json) => ({ json })),
		continueOnFail: options.continueOnFail,
	});
}

const sendEvents = {
	resource: 'event',
	operation: 'send',
	accountId: '3001',
	clientEventId: '={{ $json.id }}',
	eventType: '={{ $json.type }}',
	eventTime: '2026-11-20T10:00:00Z',
	objectData: {
		attribute: [{ name: '={{ $json.kind ? "conversiontype" : "email" }}', value: 'purchase' }],
	},
};

describe('event: send', () => {
	test('250 items go out in batches of 100, 100 and 50, each with a fresh Idempotency-Key and the Rokt-Version', async () => {
		const items = Array.from({ length: 250 }, (_unused, index) => ({
			id: `evt-${index}`,
			type: 'conversion',
			kind: true,
		}));
		const result = await rokt(sendEvents, { items });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(250);
		const batches = context.sandbox.providers.rokt.batches;
		expect(batches.map((batch) => batch.size)).toEqual([100, 100, 50]);
		expect(new Set(batches.map((batch) => batch.idempotencyKey)).size).toBe(3);
		expect(batches.every((batch) => batch.version === '2020-05-21')).toBe(true);
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual(
			items.map((_item, index) => index),
		);
		expect(result.items.every((item) => item.json.status === 'accepted')).toBe(true);
	});

	test('records Rokt reports as unprocessed are marked rejected on their own items', async () => {
		const items = [
			{ id: 'a', type: 'conversion', kind: true },
			{ id: 'b', type: 'conversion', kind: false },
			{ id: 'c', type: 'signup', kind: false },
		];
		const result = await rokt(sendEvents, { items });
		expect(result.items.map((item) => [item.json.clientEventId, item.json.status])).toEqual([
			['a', 'accepted'],
			['b', 'rejected'],
			['c', 'accepted'],
		]);
		expect(result.items[1].json.error).toEqual({
			code: 'InvalidEvent',
			message: 'A conversion event needs a conversiontype in objectData',
		});
	});

	test('an invalid item is reported on that item, and the others are still sent, under Continue on Fail', async () => {
		const items = [
			{ id: 'ok-1', type: 'signup' },
			{ id: 'x'.repeat(40), type: 'signup' },
			{ id: 'ok-2', type: 'signup' },
		];
		const result = await rokt(sendEvents, { items, continueOnFail: true });
		expect(
			result.items.map((item) => [item.pairedItem, item.json.status ?? item.json.error]),
		).toEqual([
			[{ item: 0 }, 'accepted'],
			[{ item: 1 }, 'The Client Event ID must have 1 to 36 characters'],
			[{ item: 2 }, 'accepted'],
		]);
	});

	test('without Continue on Fail the invalid item stops the node, naming what to fix', async () => {
		const result = await rokt(sendEvents, { items: [{ id: '', type: 'signup' }] });
		expect(result.error?.message).toBe('The Client Event ID must have 1 to 36 characters');
		expect(context.sandbox.providers.rokt.batches).toHaveLength(0);
	});

	test('a batch that meets a 503 is retried with the same key, which is safe', async () => {
		context.sandbox.providers.rokt.authorities.oauth.apiFaults.push(faults.serverError(503));
		const result = await rokt(sendEvents, { items: [{ id: 'r1', type: 'signup' }] });
		expect(result.error).toBeUndefined();
		expect(
			context.sandbox.providers.rokt.authorities.oauth.apiLog.map((entry) => entry.status),
		).toEqual([503, 200]);
		expect(context.sandbox.providers.rokt.batches).toHaveLength(1);
	});
});

describe('query', () => {
	test('List Accounts', async () => {
		const result = await rokt({ resource: 'query', operation: 'listAccounts' });
		expect(result.items.map((item) => item.json)).toEqual(roktAccounts.accounts);
	});

	test('Get Allowed Fields', async () => {
		const result = await rokt({
			resource: 'query',
			operation: 'getAllowedFields',
			accountId: '3001',
			report: 'transactions',
		});
		expect(result.items[0].json).toEqual({
			metrics: ['transactions', 'revenue'],
			dimensions: ['country'],
		});
	});

	test('Run Report splits a 70-day range into windows Rokt accepts and merges the rows in order', async () => {
		const result = await rokt({
			resource: 'query',
			operation: 'runReport',
			accountId: '3001',
			report: 'campaigns',
			startDate: '2026-01-01',
			endDate: '2026-03-12',
			metrics: 'impressions, conversions',
			dimensions: 'campaign',
		});
		expect(result.error).toBeUndefined();
		expect(context.sandbox.providers.rokt.reportWindows).toEqual([
			{ startDate: '2026-01-01', endDate: '2026-02-01' },
			{ startDate: '2026-02-01', endDate: '2026-03-04' },
			{ startDate: '2026-03-04', endDate: '2026-03-12' },
		]);
		const days = result.items.map((item) => item.json.datetime);
		expect(days).toHaveLength(70);
		expect(days[0]).toBe('2026-01-01');
		expect(days[69]).toBe('2026-03-11');
		expect([...days].sort()).toEqual(days);
	});

	test("a refused metric carries Rokt's own message", async () => {
		const result = await rokt({
			resource: 'query',
			operation: 'runReport',
			accountId: '3001',
			report: 'campaigns',
			startDate: '2026-01-01',
			endDate: '2026-01-02',
			metrics: 'bogus',
		});
		expect(result.error?.message).toBe('Rokt answered HTTP 400: Unknown metrics: bogus');
	});
});

test('custom API call: an authenticated GET of any path', async () => {
	const result = await rokt({
		resource: 'customApiCall',
		operation: 'send',
		method: 'GET',
		path: '/v1/query/accounts/3002',
	});
	expect(result.items[0].json).toEqual({ data: roktAccounts.accounts[1] });
});

test('a 429 with Retry-After on a query is waited out and retried', async () => {
	context.sandbox.providers.rokt.authorities.oauth.apiFaults.push(faults.rateLimited('1'));
	const result = await rokt({ resource: 'query', operation: 'listAccounts' });
	expect(result.items).toHaveLength(2);
	expect(
		context.sandbox.providers.rokt.authorities.oauth.apiLog.map((entry) => entry.status),
	).toEqual([429, 200]);
});
