import { Authority, oauthError } from '../authority';
import { json, Router, type SandboxRequest, type SandboxResponse } from '../http';
import { paginate, protectedBy, type Provider } from '../provider';

export const roaringAccounts = {
	client: { clientId: 'roaring-partner-client', clientSecret: 'roaring-partner-secret%&=' },
	user: { username: 'partner@example.com', password: 'roaring pass ÅÄÖ 7' },
};

/** How the sandbox shapes its links, to exercise link safety in clients. */
export type RoaringLinkMode =
	| 'normal'
	| 'foreign'
	| 'cycle'
	| 'insecure'
	| 'userinfo'
	| 'metadata'
	| 'redirect';

export interface RoaringSettings {
	linkMode: RoaringLinkMode;
	/** Another origin, counted by the foreign server, for links that leave the API. */
	foreignOrigin: string;
	pageSize: number;
	/** How many changelog entries there are (47 unless a benchmark wants long crawls). */
	changelogCount?: number;
}

const subAccountSchema = {
	type: 'object',
	required: ['name', 'organisationNumber', 'email'],
	properties: {
		name: { type: 'string', minLength: 1 },
		organisationNumber: { type: 'string', pattern: '^[0-9]{6}-?[0-9]{4}$' },
		email: { type: 'string', format: 'email' },
		monthlyQuota: { type: 'integer', minimum: 0 },
	},
	additionalProperties: false,
};

export function createRoaring(settings: RoaringSettings) {
	const authority = new Authority('roaring', 3_600);
	const changelogs = Array.from({ length: settings.changelogCount ?? 47 }, (_unused, index) => ({
		properties: {
			changeLogAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
			details: {
				title: `Change ${index + 1}`,
				description: `What changed in release ${index + 1}`,
				linkUrl: '',
			},
		},
	}));
	const subAccounts: Array<Record<string, unknown>> = [
		{
			id: 'sa_1',
			name: 'First Client AB',
			organisationNumber: '556000-0001',
			email: 'first@example.com',
		},
	];
	const router = new Router();

	router.on('POST', '/auth/token', (request): SandboxResponse => {
		const body = (request.body ?? {}) as Record<string, string>;
		const fault = authority.takeTokenFault();
		const { client, user } = roaringAccounts;
		const formOk = String(request.headers['content-type'] ?? '').includes(
			'application/x-www-form-urlencoded',
		);
		const clientOk =
			body.client_id === client.clientId && body.client_secret === client.clientSecret;
		authority.record(body.client_id ?? '', body.grant_type ?? '', !fault && clientOk);
		if (fault) return fault;
		if (!formOk) return oauthError('invalid_request', 'Expected a form-encoded body');
		if (!clientOk) return oauthError('invalid_client', 'Bad client credentials', 401);
		if (body.grant_type === 'password') {
			if (body.username !== user.username || body.password !== user.password) {
				return oauthError('invalid_grant', 'Bad username or password');
			}
		} else if (body.grant_type === 'refresh_token') {
			if (!authority.redeemRefresh(body.refresh_token ?? '', client.clientId)) {
				return oauthError('invalid_grant', 'Refresh token expired or unknown');
			}
		} else {
			return oauthError(
				'unsupported_grant_type',
				`grant_type ${body.grant_type ?? ''} is not supported`,
			);
		}
		const issued = authority.issue(client.clientId, user.username, {}, true);
		return json(200, {
			access_token: issued.accessToken,
			refresh_token: issued.refreshToken,
			token_type: 'Bearer',
			expires_in: issued.expiresIn,
		});
	});

	const api = (handler: (request: SandboxRequest) => SandboxResponse) =>
		protectedBy([authority], handler);
	const link = (rel: string, href: string, extra: Record<string, unknown> = {}) => ({
		rel: [rel],
		href,
		...extra,
	});

	router.on(
		'GET',
		'/',
		api(() =>
			json(200, {
				name: 'root',
				properties: { apiVersion: '1.0' },
				links: [
					link('self', '/'),
					link('subaccounts', '/partner/subaccounts'),
					link('changelogs', '/changelogs{?type}', { templated: true }),
				],
			}),
		),
	);

	const nextHref = (path: string, page: number) => {
		switch (settings.linkMode) {
			case 'foreign':
				return `${settings.foreignOrigin}${path}?page=${page}`;
			case 'insecure':
				return `http://insecure.invalid${path}?page=${page}`;
			case 'cycle':
				return `${path}?page=1`;
			case 'userinfo':
				return `${settings.foreignOrigin.replace('://', '://user:pass@')}${path}?page=${page}`;
			case 'metadata':
				return `http://169.254.169.254/latest/meta-data${path}?page=${page}`;
			case 'redirect':
				// The link stays on the API; the page it leads to redirects to the foreign origin.
				return `/__sandbox/redirect?to=${encodeURIComponent(`${settings.foreignOrigin}${path}?page=${page}`)}`;
			default:
				return `${path}?page=${page}`;
		}
	};

	router.on(
		'GET',
		'/changelogs',
		api((request) => {
			const page = Math.max(1, Number(request.url.searchParams.get('page') ?? 1));
			const size = settings.pageSize;
			const elements = paginate(changelogs, (page - 1) * size, size);
			const last = page * size >= changelogs.length;
			return json(200, {
				name: 'changelogs',
				properties: { elements, totalElements: changelogs.length, page },
				links: [
					link('self', `/changelogs?page=${page}`),
					...(last ? [] : [link('next', nextHref('/changelogs', page + 1))]),
				],
			});
		}),
	);

	router.on(
		'GET',
		'/partner/subaccounts',
		api(() =>
			json(200, {
				name: 'subaccounts',
				properties: {
					elements: subAccounts.map((properties) => ({
						properties,
						links: [link('self', `/partner/subaccounts/${String(properties.id)}`)],
					})),
				},
				links: [link('self', '/partner/subaccounts')],
				actions: [
					{
						name: 'create',
						method: 'POST',
						href: '/partner/subaccounts',
						type: 'application/json',
						schema: subAccountSchema,
					},
				],
			}),
		),
	);

	router.on(
		'POST',
		'/partner/subaccounts',
		api((request) => {
			const body = request.body ?? {};
			const missing = subAccountSchema.required.filter((field) => body[field] === undefined);
			if (missing.length)
				return json(400, {
					error: 'BadRequest',
					message: `Missing ${missing.join(', ')}`,
					attributes: missing.map((attribute) => ({ attribute, value: null })),
				});
			const created = { id: `sa_${subAccounts.length + 1}`, ...body };
			subAccounts.push(created);
			return json(201, {
				properties: created,
				links: [link('self', `/partner/subaccounts/${created.id}`)],
			});
		}),
	);

	router.on(
		'GET',
		'/partner/subaccounts/:id',
		api((request) => {
			const found = subAccounts.find((entry) => entry.id === request.params.id);
			return found
				? json(200, {
						properties: found,
						links: [
							link('self', `/partner/subaccounts/${request.params.id}`),
							link('collection', '/partner/subaccounts'),
						],
					})
				: json(404, { error: 'NotFound', message: `Sub-account ${request.params.id} not found` });
		}),
	);

	/** Redirects wherever asked, to test that clients check redirects before following them. */
	router.on(
		'GET',
		'/redirect',
		api((request) => ({
			status: 302,
			headers: { Location: request.url.searchParams.get('to') ?? '/' },
		})),
	);

	return {
		name: 'roaring',
		authorities: { oauth: authority },
		router,
		state: () => ({ linkMode: settings.linkMode, subAccounts: subAccounts.length }),
		reset: () => {
			authority.reset();
			subAccounts.splice(1);
			settings.linkMode = 'normal';
		},
	} satisfies Provider;
}
