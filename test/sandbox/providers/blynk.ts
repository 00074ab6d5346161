import { Authority, basicCredentials, oauthError } from '../authority';
import { json, Router, type SandboxRequest, type SandboxResponse } from '../http';
import { paginate, protectedBy, type Provider } from '../provider';

export const blynkAccounts = {
	client: { clientId: 'oa2-client-id_blynk42', clientSecret: 'blynk secret/with+specials=' },
	orgId: 5021,
};

const blynkError = (status: number, message: string) => json(status, { error: { message } });

function seedDevices() {
	return Array.from({ length: 250 }, (_unused, index) => ({
		id: index + 1,
		name: `Sensor ${index + 1}`,
		templateId: index % 2 === 0 ? 'TMPL_A' : 'TMPL_B',
		orgId: index < 240 ? blynkAccounts.orgId : 6000,
		online: index % 3 !== 0,
	}));
}

export function createBlynk() {
	// Current docs: 24 h access tokens, single-use refresh tokens.
	const authority = new Authority('blynk', 86_400, true);
	let devices = seedDevices();
	const users: Array<Record<string, unknown>> = [];
	const router = new Router();

	/** Blynk reads grant_type and client credentials from the query (client auth may also be Basic). */
	router.on('POST', '/oauth2/token', (request): SandboxResponse => {
		const query = request.url.searchParams;
		const grant = query.get('grant_type') ?? '';
		const basic = basicCredentials(request);
		const id = basic?.id ?? query.get('client_id') ?? '';
		const secret = basic?.secret ?? query.get('client_secret') ?? '';
		const fault = authority.takeTokenFault();
		const { client } = blynkAccounts;
		const clientOk = id === client.clientId && secret === client.clientSecret;
		authority.record(id, grant || String(request.body?.grant_type ?? ''), !fault && clientOk);
		if (fault) return fault;
		if (!grant) return oauthError('invalid_request', 'grant_type is required in the query');
		if (!clientOk) return oauthError('invalid_client', 'Client authentication failed', 401);
		if (grant === 'client_credentials') {
			const issued = authority.issue(id, 'org', {}, true);
			return json(200, {
				access_token: issued.accessToken,
				token_type: 'Bearer',
				expires_in: issued.expiresIn,
				refresh_token: issued.refreshToken,
			});
		}
		if (grant === 'refresh_token') {
			const entry = authority.redeemRefresh(query.get('refresh_token') ?? '', id);
			if (!entry)
				return oauthError('invalid_grant', 'Refresh token is invalid or was already used');
			const issued = authority.issue(id, entry.subject, {}, true);
			return json(200, {
				access_token: issued.accessToken,
				token_type: 'Bearer',
				expires_in: issued.expiresIn,
				refresh_token: issued.refreshToken,
			});
		}
		return oauthError('unsupported_grant_type', `Unsupported grant_type ${grant}`);
	});

	const api = (handler: (request: SandboxRequest) => SandboxResponse) =>
		protectedBy([authority], handler);
	const base = '/api/v1/organization';

	router.on(
		'GET',
		`${base}/devices`,
		api((request) => {
			const query = request.url.searchParams;
			const page = Number(query.get('page') ?? 0);
			const size = Number(query.get('size') ?? 50);
			if (size > 1000) return blynkError(400, 'size must not be greater than 1000');
			const includeSub = query.get('includeSubOrgDevices') === 'true';
			const visible = devices.filter(
				(device) => includeSub || device.orgId === blynkAccounts.orgId,
			);
			return json(200, {
				content: paginate(visible, page * size, size),
				totalElements: visible.length,
				page,
				size,
			});
		}),
	);
	router.on(
		'GET',
		`${base}/search/devices`,
		api((request) => {
			const term = (request.url.searchParams.get('query') ?? '').toLowerCase();
			return json(
				200,
				devices.filter((device) => device.name.toLowerCase().includes(term)),
			);
		}),
	);
	router.on(
		'GET',
		`${base}/device`,
		api((request) => {
			const id = Number(request.url.searchParams.get('deviceId'));
			const device = devices.find((entry) => entry.id === id);
			if (!device) return blynkError(404, `Device ${id} not found`);
			return json(200, {
				...device,
				dataStreams: [
					{ pin: 'V1', value: 21.5 + id / 10 },
					{ pin: 'V2', value: id % 2 },
				],
			});
		}),
	);
	router.on(
		'POST',
		`${base}/device/create`,
		api((request) => {
			const body = request.body ?? {};
			if (!body.templateId || !body.name)
				return blynkError(400, 'templateId and name are required');
			const device = {
				id: devices.length + 1,
				name: String(body.name),
				templateId: String(body.templateId),
				orgId: Number(body.orgId ?? blynkAccounts.orgId),
				online: false,
			};
			devices.push(device);
			return json(200, device);
		}),
	);
	router.on(
		'GET',
		`${base}/device/datastream/history`,
		api((request) => {
			const query = request.url.searchParams;
			const page = Number(query.get('page') ?? 0);
			const size = Number(query.get('size') ?? 50);
			const from = Number(query.get('from') ?? 0);
			const points = Array.from({ length: 130 }, (_unused, index) => ({
				ts: from + index * 60_000,
				value: index,
			}));
			return json(200, {
				content: paginate(points, page * size, size),
				totalElements: points.length,
			});
		}),
	);
	router.on(
		'POST',
		`${base}/users/create`,
		api((request) => {
			const body = request.body ?? {};
			if (!body.email) return blynkError(400, 'email is required');
			const user = {
				id: users.length + 1,
				email: body.email,
				name: body.name ?? '',
				orgId: body.orgId ?? blynkAccounts.orgId,
			};
			// The hash is kept for tests to check; like Blynk, it is never sent back.
			users.push({ ...user, password: body.password });
			return json(200, user);
		}),
	);

	return {
		name: 'blynk',
		authorities: { oauth: authority },
		router,
		users,
		state: () => ({ users: users.length }),
		reset: () => {
			authority.reset();
			devices = seedDevices();
			users.length = 0;
		},
	} satisfies Provider & { users: Array<Record<string, unknown>> };
}
