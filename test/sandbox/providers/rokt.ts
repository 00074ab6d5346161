import { Authority, basicCredentials, oauthError } from '../authority';
import { json, Router, type SandboxRequest, type SandboxResponse } from '../http';
import { protectedBy, type Provider } from '../provider';

export const roktAccounts = {
	app: { appId: 'rokt-app-7c1e', appSecret: 'rokt:secret with spaces' },
	accounts: [
		{ accountId: '3001', accountName: 'Acme Retail' },
		{ accountId: '3002', accountName: 'Acme Travel' },
	],
};

const roktError = (status: number, code: string, message: string) =>
	json(status, { data: { code, message } });

export function createRokt() {
	const authority = new Authority('rokt', 3_600);
	const events: Array<Record<string, unknown>> = [];
	const idempotencyKeys = new Set<string>();
	const router = new Router();

	router.on('POST', '/auth/oauth2/token', (request): SandboxResponse => {
		const basic = basicCredentials(request);
		const grant = String(request.body?.grant_type ?? '');
		const fault = authority.takeTokenFault();
		const { app } = roktAccounts;
		const ok = basic?.id === app.appId && basic?.secret === app.appSecret;
		authority.record(basic?.id ?? '', grant, !fault && ok);
		if (fault) return fault;
		if (!ok) return oauthError('invalid_client', 'Client authentication failed', 401);
		if (grant !== 'client_credentials')
			return oauthError('unsupported_grant_type', 'Only client_credentials is supported');
		const issued = authority.issue(basic.id, basic.id);
		return json(200, {
			access_token: issued.accessToken,
			expires_in: issued.expiresIn,
			token_type: 'Bearer',
		});
	});

	const api = (handler: (request: SandboxRequest) => SandboxResponse) =>
		protectedBy([authority], handler);

	router.on(
		'GET',
		'/v1/query/accounts',
		api(() => json(200, { data: roktAccounts.accounts })),
	);
	router.on(
		'GET',
		'/v1/query/accounts/:id',
		api((request) => {
			const account = roktAccounts.accounts.find((entry) => entry.accountId === request.params.id);
			return account
				? json(200, { data: account })
				: roktError(404, 'NotFound', `Account ${request.params.id} not found`);
		}),
	);
	router.on(
		'POST',
		'/v1/events',
		api((request) => {
			const key = String(request.headers['idempotency-key'] ?? '');
			if (!key)
				return roktError(400, 'MissingIdempotencyKey', 'Idempotency-Key header is required');
			if (idempotencyKeys.has(key))
				return roktError(409, 'Conflict', 'This Idempotency-Key was already used');
			idempotencyKeys.add(key);
			const batch = (request.body?.events ?? []) as Array<Record<string, unknown>>;
			if (batch.length > 100)
				return roktError(400, 'TooManyEvents', 'At most 100 events per request');
			const unprocessedRecords = batch
				.filter((event) => !event.clientEventId || !event.eventType)
				.map((record) => ({
					error: { code: 'InvalidEvent', message: 'clientEventId and eventType are required' },
					record,
				}));
			events.push(
				...batch.filter((event) => !unprocessedRecords.some((entry) => entry.record === event)),
			);
			return json(200, { data: { unprocessedRecords } });
		}),
	);

	return {
		name: 'rokt',
		authorities: { oauth: authority },
		router,
		state: () => ({ events: events.length }),
		reset: () => {
			authority.reset();
			events.length = 0;
			idempotencyKeys.clear();
		},
	} satisfies Provider;
}
