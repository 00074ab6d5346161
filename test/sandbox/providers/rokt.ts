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
	/** Every batch received, with its headers, for tests of batching and idempotency. */
	const batches: Array<{ idempotencyKey: string; version: string; size: number }> = [];
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
			batches.push({
				idempotencyKey: key,
				version: String(request.headers['rokt-version'] ?? ''),
				size: ((request.body?.events ?? []) as unknown[]).length,
			});
			const batch = (request.body?.events ?? []) as Array<Record<string, unknown>>;
			if (batch.length > 100)
				return roktError(400, 'TooManyEvents', 'At most 100 events per request');
			const problem = (event: Record<string, unknown>) => {
				if (!event.clientEventId || !event.eventType)
					return 'clientEventId and eventType are required';
				const objectData = (event.objectData ?? []) as Array<{ name: string }>;
				if (
					event.eventType === 'conversion' &&
					!objectData.some((entry) => entry.name === 'conversiontype')
				) {
					return 'A conversion event needs a conversiontype in objectData';
				}
				return undefined;
			};
			const unprocessedRecords = batch
				.filter((event) => problem(event) !== undefined)
				.map((record) => ({ error: { code: 'InvalidEvent', message: problem(record) }, record }));
			events.push(
				...batch.filter((event) => !unprocessedRecords.some((entry) => entry.record === event)),
			);
			return json(200, { data: { unprocessedRecords } });
		}),
	);

	const reportFields = {
		campaigns: {
			metrics: ['impressions', 'referrals', 'conversions', 'cost'],
			dimensions: ['campaign', 'country'],
		},
		transactions: { metrics: ['transactions', 'revenue'], dimensions: ['country'] },
	};
	/** Rokt accepts at most 31 days per report request; longer ranges must be split by the client. */
	const MAX_REPORT_DAYS = 31;
	const reportWindows: Array<{ startDate: string; endDate: string }> = [];

	router.on(
		'GET',
		'/v1/query/accounts/:id/:report/help',
		api((request) => {
			const fields = reportFields[request.params.report as keyof typeof reportFields];
			return fields
				? json(200, { data: fields })
				: roktError(404, 'NotFound', `Unknown report ${request.params.report}`);
		}),
	);
	router.on(
		'POST',
		'/v1/query/accounts/:id/:report',
		api((request) => {
			const fields = reportFields[request.params.report as keyof typeof reportFields];
			if (!fields) return roktError(404, 'NotFound', `Unknown report ${request.params.report}`);
			const body = request.body ?? {};
			const start = Date.parse(String(body.startDate));
			const end = Date.parse(String(body.endDate));
			if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
				return roktError(400, 'InvalidDateRange', 'startDate must be before endDate (exclusive)');
			}
			const days = Math.round((end - start) / 86_400_000);
			if (days > MAX_REPORT_DAYS)
				return roktError(400, 'DateRangeTooLarge', `At most ${MAX_REPORT_DAYS} days per request`);
			const unknown = ((body.metrics ?? []) as string[]).filter(
				(metric) => !fields.metrics.includes(metric),
			);
			if (unknown.length)
				return roktError(400, 'InvalidMetric', `Unknown metrics: ${unknown.join(', ')}`);
			reportWindows.push({ startDate: String(body.startDate), endDate: String(body.endDate) });
			const data = Array.from({ length: days }, (_unused, index) => ({
				datetime: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
				...Object.fromEntries(
					((body.metrics ?? []) as string[]).map((metric) => [metric, index + 1]),
				),
			}));
			return json(200, { data });
		}),
	);

	return {
		name: 'rokt',
		reportWindows,
		batches,
		authorities: { oauth: authority },
		router,
		state: () => ({ events: events.length }),
		reset: () => {
			authority.reset();
			events.length = 0;
			idempotencyKeys.clear();
			reportWindows.length = 0;
			batches.length = 0;
		},
	} satisfies Provider & {
		reportWindows: Array<{ startDate: string; endDate: string }>;
		batches: Array<{ idempotencyKey: string; version: string; size: number }>;
	};
}
