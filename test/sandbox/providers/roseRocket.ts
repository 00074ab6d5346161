/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fixed test values, not real secrets */
import { randomBytes } from 'crypto';

import { Authority, basicCredentials, oauthError } from '../authority';
import { json, Router, type SandboxRequest, type SandboxResponse } from '../http';
import { paginate, protectedBy, type Provider } from '../provider';

export const roseRocketAccounts = {
	oauthClient: { clientId: 'rr-oauth-client', clientSecret: 'rr-oauth-secret-Kf83!x' },
	orgId: 'org_4fa1c2',
	serviceUserId: 'user_service_01',
	legacyApp: { clientId: 'rr-org-app-key', clientSecret: 'rr-org-app-secret+/=Zq9' },
	legacyUser: { username: 'dispatcher@example.com', password: 'legacy-pass 42&more' },
};

export interface RoseRocketOptions {
	/** Rose Rocket asks for org_id on refresh; this is the documented behaviour. */
	requireOrgIdOnRefresh: boolean;
	/** Whether org_id is also read from the token URL's query (this package sends it there). */
	acceptOrgIdInQuery: boolean;
}

interface AuthorizationCode {
	clientId: string;
	redirectUri: string;
	audience: string;
	scope: string;
}

const escapeHtml = (value: string) =>
	value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function seedCustomers() {
	return Array.from({ length: 23 }, (_unused, index) => ({
		id: `cus_${String(index + 1).padStart(3, '0')}`,
		external_id: `EXT-C-${index + 1}`,
		name: `Customer ${index + 1}`,
		email: `customer${index + 1}@example.com`,
		created_at: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
	}));
}

function seedOrders() {
	return Array.from({ length: 45 }, (_unused, index) => ({
		id: `ord_${String(index + 1).padStart(3, '0')}`,
		external_id: `EXT-O-${index + 1}`,
		customer_id: `cus_${String((index % 23) + 1).padStart(3, '0')}`,
		status: ['new', 'booked', 'in-transit', 'delivered'][index % 4],
		created_at: new Date(Date.UTC(2026, 1, 1 + (index % 28), index % 24)).toISOString(),
	}));
}

export function createRoseRocket(options: RoseRocketOptions) {
	const oauth = new Authority('rr', 86_400);
	const legacy = new Authority('rrl', 86_400);
	const codes = new Map<string, AuthorizationCode>();
	const seen: { lastAuthorize?: Record<string, string>; lastRefresh?: Record<string, string> } = {};
	let customers = seedCustomers();
	let orders = seedOrders();
	let objects = new Map<string, Record<string, unknown>>();
	const router = new Router();
	const boards = [
		{
			id: 'board_orders',
			name: 'Orders',
			icon: 'truck',
			objectKey: 'order',
			createdAt: '2026-01-01T00:00:00Z',
			isExternal: false,
		},
		{
			id: 'board_customers',
			name: 'Customers',
			icon: 'users',
			objectKey: 'customer',
			createdAt: '2026-01-01T00:00:00Z',
			isExternal: false,
		},
	];

	// --- Auth0-style authorization code flow -------------------------------------------------
	router.on('GET', '/authorize', (request) => {
		const query = Object.fromEntries(request.url.searchParams);
		seen.lastAuthorize = query;
		if (query.client_id !== roseRocketAccounts.oauthClient.clientId) {
			return {
				status: 400,
				body: '<html><body>Unknown client</body></html>',
				headers: { 'Content-Type': 'text/html' },
			};
		}
		const hidden = Object.entries(query)
			.map(
				([name, value]) =>
					`<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
			)
			.join('');
		const page = `<!DOCTYPE html><html><head><title>Rose Rocket sandbox: authorize</title></head><body>
<h1>Authorize n8n</h1><p>Client <b>${escapeHtml(query.client_id)}</b> asks for <b>${escapeHtml(query.scope ?? '')}</b>
on audience <b id="audience">${escapeHtml(query.audience ?? '(none)')}</b>.</p>
<form method="post" action="/authorize/consent">${hidden}<button id="allow" type="submit">Allow</button></form>
</body></html>`;
		return { status: 200, body: page, headers: { 'Content-Type': 'text/html' } };
	});

	router.on('POST', '/authorize/consent', (request) => {
		const form = (request.body ?? {}) as Record<string, string>;
		const code = randomBytes(12).toString('hex');
		codes.set(code, {
			clientId: form.client_id,
			redirectUri: form.redirect_uri,
			audience: form.audience ?? '',
			scope: form.scope ?? '',
		});
		const target = new URL(form.redirect_uri);
		target.searchParams.set('code', code);
		if (form.state) target.searchParams.set('state', form.state);
		return { status: 302, headers: { Location: target.toString() } };
	});

	const authenticateClient = (request: SandboxRequest, body: Record<string, string>) => {
		const basic = basicCredentials(request);
		const id = basic?.id ?? body.client_id;
		const secret = basic?.secret ?? body.client_secret;
		const client = roseRocketAccounts.oauthClient;
		return id === client.clientId && secret === client.clientSecret ? id : undefined;
	};

	const tokenResponse = (
		issued: { accessToken: string; refreshToken?: string; expiresIn: number },
		scope: string,
	) =>
		json(200, {
			access_token: issued.accessToken,
			...(issued.refreshToken ? { refresh_token: issued.refreshToken } : {}),
			token_type: 'Bearer',
			expires_in: issued.expiresIn,
			scope,
		});

	router.on('POST', '/oauth/token', (request): SandboxResponse => {
		const body = (request.body ?? {}) as Record<string, string>;
		const grant = body.grant_type ?? '';
		const fault = oauth.takeTokenFault();
		const clientId = authenticateClient(request, body);
		oauth.record(
			body.client_id ?? basicCredentials(request)?.id ?? '',
			grant,
			!fault && !!clientId,
		);
		if (fault) return fault;
		if (!clientId) return oauthError('access_denied', 'Unauthorized', 401);

		if (grant === 'authorization_code') {
			const code = codes.get(body.code ?? '');
			codes.delete(body.code ?? '');
			if (!code || code.clientId !== clientId)
				return oauthError('invalid_grant', 'Invalid authorization code', 403);
			if (body.redirect_uri && body.redirect_uri !== code.redirectUri) {
				return oauthError('invalid_grant', 'redirect_uri does not match', 403);
			}
			const claims = { audience: code.audience, scope: code.scope };
			const issued = oauth.issue(
				clientId,
				roseRocketAccounts.legacyUser.username,
				claims,
				code.scope.includes('offline_access'),
			);
			return tokenResponse(issued, code.scope);
		}
		if (grant === 'refresh_token') {
			const queryOrgId = options.acceptOrgIdInQuery ? request.url.searchParams.get('org_id') : null;
			const orgId = body.org_id ?? queryOrgId ?? undefined;
			seen.lastRefresh = {
				org_id: orgId ?? '',
				source: body.org_id ? 'body' : queryOrgId ? 'query' : 'none',
			};
			if (options.requireOrgIdOnRefresh && !orgId)
				return oauthError('invalid_request', 'Missing required parameter: org_id');
			if (orgId && orgId !== roseRocketAccounts.orgId)
				return oauthError('invalid_grant', 'Unknown organization', 403);
			const entry = oauth.redeemRefresh(body.refresh_token ?? '', clientId);
			if (!entry) return oauthError('invalid_grant', 'Unknown or expired refresh token', 403);
			const issued = oauth.issue(clientId, entry.subject, { ...entry.claims, org_id: orgId ?? '' });
			return tokenResponse(issued, entry.claims.scope ?? '');
		}
		if (grant === 'client_credentials') {
			if (body.org_id !== roseRocketAccounts.orgId || !body.user_id) {
				return oauthError('invalid_request', 'client_credentials needs org_id and user_id');
			}
			return tokenResponse(
				oauth.issue(clientId, body.user_id, { audience: body.audience ?? '' }),
				'',
			);
		}
		return oauthError('unsupported_grant_type', `Grant type ${grant} is not supported`);
	});

	// --- Legacy password login: JSON in, token nested under "data" ------------------------------
	router.on('POST', '/oauth2/token', (request): SandboxResponse => {
		const body = (request.body ?? {}) as Record<string, string>;
		const fault = legacy.takeTokenFault();
		const { legacyApp, legacyUser } = roseRocketAccounts;
		const ok =
			String(request.headers['content-type'] ?? '').includes('application/json') &&
			body.grant_type === 'password' &&
			body.client_id === legacyApp.clientId &&
			body.client_secret === legacyApp.clientSecret &&
			body.username === legacyUser.username &&
			body.password === legacyUser.password;
		legacy.record(body.client_id ?? '', body.grant_type ?? '', !fault && ok);
		if (fault) return fault;
		if (!String(request.headers['content-type'] ?? '').includes('application/json')) {
			return json(400, { error_code: 'bad_request', error_message: 'Expected a JSON body' });
		}
		if (!ok) return json(401, { error_code: 'unauthorized', error_message: 'Invalid credentials' });
		const issued = legacy.issue(body.client_id, body.username);
		return json(200, {
			data: {
				access_token: issued.accessToken,
				expires_in: issued.expiresIn,
				token_type: 'bearer',
			},
		});
	});

	// --- v1 (legacy token) --------------------------------------------------------------------
	const v1 = (handler: (request: SandboxRequest) => SandboxResponse) =>
		protectedBy([legacy], handler);
	const v1Error = (status: number, message: string) =>
		json(status, { error_code: String(status), error_message: message });

	router.on(
		'GET',
		'/api/v1/me',
		v1((request) =>
			json(200, {
				user: { email: roseRocketAccounts.legacyUser.username, org_id: roseRocketAccounts.orgId },
				path: request.path,
			}),
		),
	);
	router.on(
		'GET',
		'/api/v1/customers',
		v1((request) => {
			const offset = Number(request.url.searchParams.get('offset') ?? 0);
			const limit = Number(request.url.searchParams.get('limit') ?? 20);
			return json(200, {
				customers: paginate(customers, offset, limit),
				offset,
				limit,
				total: customers.length,
			});
		}),
	);
	router.on(
		'GET',
		'/api/v1/customers/:id',
		v1((request) => {
			const id = request.params.id;
			const found = customers.find(
				(customer) => customer.id === id || `ext:${customer.external_id}` === id,
			);
			return found ? json(200, { customer: found }) : v1Error(404, `Customer ${id} not found`);
		}),
	);
	router.on(
		'PUT',
		'/api/v1/customers/:externalId/upsert',
		v1((request) => {
			const externalId = request.params.externalId;
			const fields = (request.body ?? {}) as Record<string, string>;
			if (!fields.name) return v1Error(400, 'name is required');
			let customer = customers.find((entry) => entry.external_id === externalId);
			if (customer) Object.assign(customer, fields, { external_id: externalId });
			else {
				customer = {
					id: `cus_${customers.length + 1}`,
					external_id: externalId,
					name: fields.name,
					email: fields.email ?? '',
					created_at: new Date().toISOString(),
				};
				customers.push(customer);
			}
			return json(200, { customer });
		}),
	);
	router.on(
		'GET',
		'/api/v1/orders',
		v1((request) => {
			const query = request.url.searchParams;
			const offset = Number(query.get('offset') ?? 0);
			const limit = Number(query.get('limit') ?? 20);
			const term = query.get('search_term');
			const matching = orders.filter(
				(order) => !term || order.id.includes(term) || order.external_id.includes(term),
			);
			return json(200, {
				orders: paginate(matching, offset, limit),
				offset,
				limit,
				total: matching.length,
			});
		}),
	);
	router.on(
		'GET',
		'/api/v1/orders/:id',
		v1((request) => {
			const found = orders.find((order) => order.id === request.params.id);
			return found
				? json(200, { order: found })
				: v1Error(404, `Order ${request.params.id} not found`);
		}),
	);
	router.on(
		'POST',
		'/api/v1/customers/:customerId/orders',
		v1((request) => {
			const order = {
				id: `ord_${orders.length + 1}`,
				external_id: String(request.body?.external_id ?? ''),
				customer_id: request.params.customerId,
				status: 'new',
				created_at: new Date().toISOString(),
			};
			orders.push(order);
			return json(200, { order });
		}),
	);

	// --- v2 Platform Model (OAuth token) ------------------------------------------------------
	const v2 = (handler: (request: SandboxRequest) => SandboxResponse) =>
		protectedBy([oauth], handler);
	const nestError = (status: number, message: string | string[]) =>
		json(status, {
			statusCode: status,
			message,
			error: status === 404 ? 'Not Found' : 'Bad Request',
		});
	const base = '/api/v2/platformModel';
	router.on(
		'POST',
		`${base}/objects`,
		v2((request) => {
			const body = request.body ?? {};
			if (!body.objectKey) return nestError(400, ['objectKey should not be empty']);
			const record = {
				id: randomBytes(8).toString('hex'),
				objectKey: body.objectKey,
				...(body.json as object),
			};
			objects.set(record.id, record);
			return json(200, record);
		}),
	);
	router.on(
		'GET',
		`${base}/objects/:id`,
		v2((request) => {
			const record = objects.get(request.params.id);
			return record ? json(200, record) : nestError(404, `Record ${request.params.id} not found`);
		}),
	);
	router.on(
		'PUT',
		`${base}/objects/:id`,
		v2((request) => {
			const record = objects.get(request.params.id);
			if (!record) return nestError(404, `Record ${request.params.id} not found`);
			if (!request.body?.objectKey) return nestError(400, ['objectKey should not be empty']);
			Object.assign(record, request.body.json as object);
			return json(200, record);
		}),
	);
	router.on(
		'DELETE',
		`${base}/objects/:id`,
		v2((request) => {
			const record = objects.get(request.params.id);
			if (!record) return nestError(404, `Record ${request.params.id} not found`);
			objects.delete(request.params.id);
			return json(200, record);
		}),
	);
	router.on(
		'PATCH',
		`${base}/objects/:objectKey/:externalId/external`,
		v2((request) => {
			const { objectKey, externalId } = request.params;
			const existing = [...objects.values()].find(
				(record) => record.objectKey === objectKey && record.externalId === externalId,
			);
			if (existing) {
				Object.assign(existing, request.body?.json as object);
				return json(200, existing);
			}
			const record = {
				id: randomBytes(8).toString('hex'),
				objectKey,
				externalId,
				...(request.body?.json as object),
			};
			objects.set(record.id, record);
			return json(201, record);
		}),
	);
	router.on(
		'POST',
		`${base}/objects/search`,
		v2((request) => {
			const body = request.body ?? {};
			if (!body.boardId) return nestError(400, ['boardId should not be empty']);
			const board = boards.find((entry) => entry.id === body.boardId);
			if (!board) return nestError(404, `Board ${String(body.boardId)} not found`);
			const filters = (body.filters ?? []) as Array<{ path: string; value: unknown }>;
			const matching = [...objects.values()]
				.filter((record) => record.objectKey === board.objectKey)
				.filter((record) => filters.every((filter) => record[filter.path] === filter.value));
			const direction = body.orderByDirection === 'desc' ? -1 : 1;
			if (typeof body.orderByPath === 'string') {
				const path = body.orderByPath;
				matching.sort((a, b) => (String(a[path]) > String(b[path]) ? direction : -direction));
			}
			return json(200, {
				total: matching.length,
				results: matching.slice(0, Number(body.limit ?? 50)),
			});
		}),
	);
	router.on(
		'GET',
		`${base}/boards/nav`,
		v2(() => json(200, boards)),
	);

	return {
		name: 'roseRocket',
		authorities: { oauth, legacy },
		router,
		state: () => ({ ...seen }),
		reset: () => {
			oauth.reset();
			legacy.reset();
			codes.clear();
			delete seen.lastAuthorize;
			delete seen.lastRefresh;
			customers = seedCustomers();
			orders = seedOrders();
			objects = new Map();
		},
	} satisfies Provider;
}
