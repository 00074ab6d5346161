import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../harness/engine';
import { addCredential, useSandbox } from '../../harness/fixture';
import { connectRoseRocket, roseRocketOAuth2Fields } from '../../harness/roseRocketOAuth2';
import { faults } from '../../sandbox/authority';
import { roseRocketAccounts } from '../../sandbox/providers/roseRocket';

const context = useSandbox();
const NODE = 'n8n-nodes-oauth-connectors.roseRocket';

async function oauthCredentials(organizationId?: string) {
	const { sandbox, environment } = context;
	const data = await connectRoseRocket(
		environment,
		sandbox,
		roseRocketOAuth2Fields(sandbox, organizationId),
	);
	return addCredential(environment, 'roseRocketOAuth2Api', data);
}

async function v2(
	parameters: IDataObject,
	credentials?: Record<string, { id: string; name: string }>,
	options: { items?: IDataObject[]; continueOnFail?: boolean } = {},
) {
	return await runNode(context.environment, {
		type: NODE,
		parameters: { authentication: 'oAuth2', ...parameters },
		credentials: credentials ?? (await oauthCredentials()),
		items: (options.items ?? [{}]).map((json) => ({ json })),
		continueOnFail: options.continueOnFail,
	});
}

async function v1(parameters: IDataObject) {
	const { sandbox, environment } = context;
	const credentials = addCredential(environment, 'roseRocketLegacyApi', {
		environment: 'custom',
		authUrl: sandbox.urls.roseRocket,
		apiUrl: sandbox.urls.roseRocket,
		...roseRocketAccounts.legacyUser,
		...roseRocketAccounts.legacyApp,
	});
	return await runNode(environment, {
		type: NODE,
		parameters: { authentication: 'legacy', ...parameters },
		credentials,
	});
}

describe('Platform Model API (OAuth2)', () => {
	test('orders: create, get, update, upsert by external ID, search and delete', async () => {
		const credentials = await oauthCredentials();
		const created = await v2(
			{ resource: 'order', operation: 'create', fields: '{"status": "new", "ref": "PO-1"}' },
			credentials,
		);
		expect(created.error).toBeUndefined();
		const id = String(created.items[0].json.id);
		expect(created.items[0].json).toMatchObject({ objectKey: 'order', status: 'new' });

		const updated = await v2(
			{ resource: 'order', operation: 'update', recordId: id, fields: '{"status": "booked"}' },
			credentials,
		);
		expect(updated.items[0].json).toMatchObject({ id, status: 'booked' });

		const fetched = await v2(
			{ resource: 'order', operation: 'get', recordId: id, paths: 'customer.name' },
			credentials,
		);
		expect(fetched.items[0].json).toMatchObject({ id, status: 'booked' });

		const upserted = await v2(
			{ resource: 'order', operation: 'upsert', externalId: 'EXT-9', fields: '{"status": "new"}' },
			credentials,
		);
		const again = await v2(
			{
				resource: 'order',
				operation: 'upsert',
				externalId: 'EXT-9',
				fields: '{"status": "delivered"}',
			},
			credentials,
		);
		expect(again.items[0].json).toMatchObject({
			id: upserted.items[0].json.id,
			externalId: 'EXT-9',
			status: 'delivered',
		});

		const search = await v2(
			{
				resource: 'order',
				operation: 'search',
				boardId: 'board_orders',
				limit: 10,
				options: { filters: '[{"path": "status", "value": "delivered"}]' },
			},
			credentials,
		);
		expect(search.items.map((item) => item.json.externalId)).toEqual(['EXT-9']);

		const deleted = await v2(
			{ resource: 'order', operation: 'deleteRecord', recordId: id },
			credentials,
		);
		expect(deleted.items[0].json).toMatchObject({ deleted: true, id });
	});

	test('generic objects take their object key; customers imply theirs', async () => {
		const credentials = await oauthCredentials();
		const task = await v2(
			{ resource: 'object', operation: 'create', objectKey: 'task', fields: '{"title": "Call"}' },
			credentials,
		);
		expect(task.items[0].json).toMatchObject({ objectKey: 'task', title: 'Call' });
		const customer = await v2(
			{ resource: 'customer', operation: 'create', fields: '{"name": "Acme"}' },
			credentials,
		);
		expect(customer.items[0].json).toMatchObject({ objectKey: 'customer', name: 'Acme' });
	});

	test("a NestJS validation error is shown with Rose Rocket's own words", async () => {
		const result = await v2({
			resource: 'order',
			operation: 'search',
			boardId: 'board_nope',
			limit: 5,
		});
		expect(result.error?.message).toBe('Rose Rocket answered HTTP 404: Board board_nope not found');
	});

	test('bad JSON in Fields is refused before any request', async () => {
		const result = await v2({ resource: 'order', operation: 'create', fields: '{status: new' });
		expect(result.error?.message).toBe('Fields must be a JSON object');
	});

	test('after expiry, n8n refreshes the token (org_id on the token URL) and the operation succeeds', async () => {
		const credentials = await oauthCredentials();
		context.sandbox.providers.roseRocket.authorities.oauth.expireAll();
		const result = await v2(
			{ resource: 'customer', operation: 'create', fields: '{"name": "After refresh"}' },
			credentials,
		);
		expect(result.error).toBeUndefined();
		expect(context.sandbox.providers.roseRocket.state().lastRefresh).toMatchObject({
			source: 'query',
		});
	});

	test('a refused refresh says to reconnect the credential', async () => {
		const credentials = await oauthCredentials('');
		context.sandbox.providers.roseRocket.authorities.oauth.expireAll();
		const result = await v2(
			{ resource: 'customer', operation: 'create', fields: '{"name": "x"}' },
			credentials,
		);
		expect(result.error?.message).toMatch(/^Rose Rocket could not renew the access token/);
		expect(result.error?.description).toMatch(/Organization ID.*reconnect/i);
		expect(JSON.stringify(result.error)).not.toContain(roseRocketAccounts.oauthClient.clientSecret);
	});
});

describe('v1 API (legacy login)', () => {
	test('Search orders pages with offset and limit until Return All has them all', async () => {
		const result = await v1({ resource: 'orderV1', operation: 'search', returnAll: true });
		expect(result.items).toHaveLength(45);
		expect(
			context.sandbox.providers.roseRocket.authorities.legacy.apiLog.filter(
				(entry) => entry.path === '/api/v1/orders',
			),
		).toHaveLength(1);
		const limited = await v1({
			resource: 'orderV1',
			operation: 'search',
			returnAll: false,
			limit: 7,
			filters: { search_term: 'ord_00' },
		});
		expect(limited.items.map((item) => item.json.id)).toEqual([
			'ord_001',
			'ord_002',
			'ord_003',
			'ord_004',
			'ord_005',
			'ord_006',
			'ord_007',
		]);
	});

	test('Get and Create orders', async () => {
		const got = await v1({ resource: 'orderV1', operation: 'get', orderId: 'ord_010' });
		expect(got.items[0].json).toMatchObject({ id: 'ord_010', external_id: 'EXT-O-10' });
		const created = await v1({
			resource: 'orderV1',
			operation: 'create',
			customerId: 'cus_001',
			order: '{"external_id": "PO-77"}',
		});
		expect(created.items[0].json).toMatchObject({
			customer_id: 'cus_001',
			external_id: 'PO-77',
			status: 'new',
		});
	});

	test('customers: search, get by external ID, upsert', async () => {
		const all = await v1({ resource: 'customerV1', operation: 'search', returnAll: true });
		expect(all.items).toHaveLength(23);
		const byExternal = await v1({
			resource: 'customerV1',
			operation: 'get',
			customerId: 'ext:EXT-C-3',
		});
		expect(byExternal.items[0].json).toMatchObject({ id: 'cus_003' });
		const upserted = await v1({
			resource: 'customerV1',
			operation: 'upsert',
			externalId: 'EXT-C-3',
			customer: '{"name": "Renamed"}',
		});
		expect(upserted.items[0].json).toMatchObject({ id: 'cus_003', name: 'Renamed' });
	});

	test("a v1 error carries Rose Rocket's error_message", async () => {
		const result = await v1({ resource: 'orderV1', operation: 'get', orderId: 'missing' });
		expect(result.error?.message).toBe('Rose Rocket answered HTTP 404: Order missing not found');
	});

	test('a 502 on a search is retried', async () => {
		context.sandbox.providers.roseRocket.authorities.legacy.apiFaults.push(faults.serverError(502));
		const result = await v1({
			resource: 'customerV1',
			operation: 'search',
			returnAll: false,
			limit: 2,
		});
		expect(result.items).toHaveLength(2);
		expect(
			context.sandbox.providers.roseRocket.authorities.legacy.apiLog.map((entry) => entry.status),
		).toEqual([502, 200]);
	});
});

describe('custom API call', () => {
	test('goes to the API the Authentication picks', async () => {
		const legacy = await v1({
			resource: 'customApiCall',
			operation: 'send',
			method: 'GET',
			path: '/orders',
			query: '{"limit": 2}',
		});
		expect(legacy.items[0].json).toMatchObject({ limit: 2, total: 45 });
		const platform = await v2({
			resource: 'customApiCall',
			operation: 'send',
			method: 'GET',
			path: '/boards/nav',
		});
		expect(platform.items.map((item) => item.json.id)).toEqual(['board_orders', 'board_customers']);
	});
});

test('Continue on Fail pairs errors to items across operations', async () => {
	const credentials = await oauthCredentials();
	const result = await v2(
		{ resource: 'order', operation: 'get', recordId: '={{ $json.id }}' },
		credentials,
		{ items: [{ id: 'missing-1' }, { id: 'missing-2' }], continueOnFail: true },
	);
	expect(result.items.map((item) => [item.pairedItem, item.json.error])).toEqual([
		[{ item: 0 }, 'Rose Rocket answered HTTP 404: Record missing-1 not found'],
		[{ item: 1 }, 'Rose Rocket answered HTTP 404: Record missing-2 not found'],
	]);
});

test('a 429 is waited out and retried for a GET, but not for a search, which is a POST', async () => {
	const credentials = await oauthCredentials();
	const { oauth } = context.sandbox.providers.roseRocket.authorities;
	oauth.apiFaults.push(faults.rateLimited('1'));
	const search = await v2(
		{ resource: 'order', operation: 'search', boardId: 'board_orders', limit: 5 },
		credentials,
	);
	expect(search.error?.message).toBe('Rose Rocket answered HTTP 429: Too many requests');
	oauth.apiFaults.push(faults.rateLimited('1'));
	const boards = await v2(
		{ resource: 'customApiCall', operation: 'send', method: 'GET', path: '/boards/nav' },
		credentials,
	);
	expect(boards.error).toBeUndefined();
	expect(oauth.apiLog.map((entry) => entry.status)).toEqual([429, 429, 200]);
});
