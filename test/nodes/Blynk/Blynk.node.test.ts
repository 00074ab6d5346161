import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../harness/engine';
import { addCredential, useSandbox } from '../../harness/fixture';
import { faults } from '../../sandbox/authority';
import { blynkAccounts } from '../../sandbox/providers/blynk';

const context = useSandbox();
const NODE = 'n8n-nodes-oauth-connectors.blynk';

async function blynk(
	parameters: IDataObject,
	options: { items?: IDataObject[]; continueOnFail?: boolean } = {},
) {
	const { sandbox, environment } = context;
	const credentials = addCredential(environment, 'blynkApi', {
		server: 'custom',
		customServerUrl: sandbox.urls.blynk,
		...blynkAccounts.client,
	});
	return await runNode(environment, {
		type: NODE,
		parameters,
		credentials,
		items: (options.items ?? [{}]).map((json) => ({ json })),
		continueOnFail: options.continueOnFail,
	});
}

const apiCalls = () => context.sandbox.providers.blynk.authorities.oauth.apiLog;

describe('device', () => {
	test('Get Many with Return All collects every page of the organization', async () => {
		const result = await blynk({ resource: 'device', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(240);
		expect(result.items.map((item) => item.json.id)).toEqual(
			Array.from({ length: 240 }, (_unused, index) => index + 1),
		);
		expect(apiCalls().map((call) => call.status)).toEqual([200, 200, 200]);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(
			true,
		);
	});

	test('Get Many honours the limit and the sub-organization option', async () => {
		const limited = await blynk({
			resource: 'device',
			operation: 'getAll',
			returnAll: false,
			limit: 7,
		});
		expect(limited.items).toHaveLength(7);
		const all = await blynk({
			resource: 'device',
			operation: 'getAll',
			returnAll: true,
			options: { includeSubOrgDevices: true },
		});
		expect(all.items).toHaveLength(250);
	});

	test('Get returns the device with its current datastream values', async () => {
		const result = await blynk({ resource: 'device', operation: 'get', deviceId: 12 });
		expect(result.items[0].json).toMatchObject({
			id: 12,
			name: 'Sensor 12',
			dataStreams: [{ pin: 'V1' }, { pin: 'V2' }],
		});
	});

	test('Search and Create', async () => {
		const found = await blynk({ resource: 'device', operation: 'search', query: 'sensor 25' });
		expect(found.items.map((item) => item.json.name)).toEqual(['Sensor 25', 'Sensor 250']);
		const created = await blynk({
			resource: 'device',
			operation: 'create',
			templateId: 'TMPL_A',
			name: 'Pump',
			additionalFields: { ownerId: 9 },
		});
		expect(created.items[0].json).toMatchObject({ id: 251, name: 'Pump', templateId: 'TMPL_A' });
	});

	test("a provider error carries Blynk's own message", async () => {
		const result = await blynk({ resource: 'device', operation: 'get', deviceId: 9999 });
		expect(result.error?.message).toBe('Blynk answered HTTP 404: Device 9999 not found');
		expect(result.error?.description).toMatch(/check the ID/);
	});
});

describe('datastream and user', () => {
	test('Get History pages through the time range', async () => {
		const result = await blynk({
			resource: 'datastream',
			operation: 'getHistory',
			deviceId: 3,
			pin: 'V1',
			from: '2026-11-01T00:00:00Z',
			to: '2026-11-02T00:00:00Z',
			returnAll: true,
		});
		expect(result.items).toHaveLength(130);
		expect(result.items[0].json).toEqual({ ts: Date.parse('2026-11-01T00:00:00Z'), value: 0 });
	});

	test('Get History refuses a reversed range with a message that says what to fix', async () => {
		const result = await blynk({
			resource: 'datastream',
			operation: 'getHistory',
			deviceId: 3,
			pin: 'V1',
			from: '2026-11-02T00:00:00Z',
			to: '2026-11-01T00:00:00Z',
			returnAll: true,
		});
		expect(result.error?.message).toBe('"From" is later than "To"');
		expect(apiCalls()).toHaveLength(0);
	});

	test('Create User sends the password only as a SHA-256 hash', async () => {
		const result = await blynk({
			resource: 'user',
			operation: 'create',
			email: 'new@example.com',
			name: 'New',
			additionalFields: { password: 'hunter2!' },
		});
		expect(result.items[0].json).toEqual({
			id: 1,
			email: 'new@example.com',
			name: 'New',
			orgId: blynkAccounts.orgId,
		});
		expect(context.sandbox.providers.blynk.users[0].password).toBe(
			createHash('sha256').update('hunter2!').digest('base64'),
		);
	});
});

describe('resilience', () => {
	test('a 429 with Retry-After is waited out and retried for a GET', async () => {
		context.sandbox.providers.blynk.authorities.oauth.apiFaults.push(faults.rateLimited('1'));
		const result = await blynk({ resource: 'device', operation: 'get', deviceId: 1 });
		expect(result.error).toBeUndefined();
		expect(apiCalls().map((call) => call.status)).toEqual([429, 200]);
	});

	test('a 503 is not retried for a create, which is not safe to repeat', async () => {
		context.sandbox.providers.blynk.authorities.oauth.apiFaults.push(faults.serverError(503));
		const result = await blynk({
			resource: 'device',
			operation: 'create',
			templateId: 'TMPL_A',
			name: 'Once',
		});
		expect(result.error?.message).toMatch(/^Blynk answered HTTP 503/);
		expect(apiCalls().map((call) => call.status)).toEqual([503]);
	});

	test('a Retry-After beyond the cap fails with a clear message instead of waiting', async () => {
		context.sandbox.providers.blynk.authorities.oauth.apiFaults.push(faults.rateLimited('3600'));
		const result = await blynk({ resource: 'device', operation: 'get', deviceId: 1 });
		expect(result.error?.message).toBe(
			'Blynk answered HTTP 429 and asked to wait 3600 s before retrying, longer than the 30 s this node waits',
		);
	});

	test('Continue on Fail gives one item per input, each error paired to its input', async () => {
		const result = await blynk(
			{ resource: 'device', operation: 'get', deviceId: '={{ $json.id }}' },
			{ items: [{ id: 1 }, { id: 9999 }, { id: 2 }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(
			result.items.map((item) => [item.pairedItem, item.json.error ?? item.json.name]),
		).toEqual([
			[{ item: 0 }, 'Sensor 1'],
			[{ item: 1 }, 'Blynk answered HTTP 404: Device 9999 not found'],
			[{ item: 2 }, 'Sensor 2'],
		]);
	});
});

describe('custom API call', () => {
	test('sends an authenticated request to a path of the API', async () => {
		const result = await blynk({
			resource: 'customApiCall',
			operation: 'send',
			method: 'GET',
			path: '/devices',
			query: '{"size": 3}',
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ totalElements: 240, size: 3 });
		expect((result.items[0].json.content as unknown[]).length).toBe(3);
	});

	test('refuses a URL on another origin, so the credential never goes there', async () => {
		const result = await blynk({
			resource: 'customApiCall',
			operation: 'send',
			method: 'GET',
			path: `${context.sandbox.urls.foreign}/devices`,
		});
		expect(result.error?.message).toMatch(
			/^The path must be on this API \(http:\/\/127\.0\.0\.1:\d+\)$/,
		);
		expect(context.sandbox.providers.foreign.arrivals).toHaveLength(0);
	});
});
