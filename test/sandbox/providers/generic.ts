import { Authority, basicCredentials, oauthError } from '../authority';
import { json, Router, type SandboxRequest, type SandboxResponse } from '../http';
import { type Provider } from '../provider';

export const genericAccounts = {
	client: { clientId: 'generic client@id', clientSecret: 'gen:secret/+ =&%' },
	/**
	 * A client whose secret needs no encoding: n8n's own OAuth2 credential sends Basic auth without
	 * the form-encoding RFC 6749 asks for, so only such a secret works with it (the benchmarks).
	 */
	plainClient: { clientId: 'plain-client', clientSecret: 'plain client words' },
	user: { username: 'someone@example.com', password: 'p@ss word:/+=' },
};

/** What the generic server insists on, so each credential option can be proven against it. */
export interface GenericSettings {
	clientAuth: 'basic' | 'body' | 'query' | 'none';
	parameterLocation: 'body' | 'query';
	bodyFormat: 'form' | 'json';
	/** Nest the token fields under this key ("data"), or answer them at the top level (""). */
	nestUnder: string;
	requiredTokenParameters: Record<string, string>;
	requiredRefreshParameters: Record<string, string>;
	issueRefreshTokens: boolean;
	tokenType: string;
}

export const defaultGenericSettings = (): GenericSettings => ({
	clientAuth: 'basic',
	parameterLocation: 'body',
	bodyFormat: 'form',
	nestUnder: '',
	requiredTokenParameters: {},
	requiredRefreshParameters: {},
	issueRefreshTokens: false,
	tokenType: 'Bearer',
});

export interface CapturedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	rawBody: string;
}

function capture(request: SandboxRequest): CapturedRequest {
	return {
		method: request.method,
		path: request.path,
		query: Object.fromEntries(request.url.searchParams),
		headers: Object.fromEntries(
			Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
		),
		rawBody: request.rawBody,
	};
}

export function createGeneric(settings: GenericSettings) {
	const authority = new Authority('gen', 3_600);
	const captured: CapturedRequest[] = [];
	const router = new Router();

	const parameters = (request: SandboxRequest): Record<string, string> => {
		if (settings.parameterLocation === 'query') return Object.fromEntries(request.url.searchParams);
		const type = String(request.headers['content-type'] ?? '');
		const expected =
			settings.bodyFormat === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
		return type.includes(expected) ? ((request.body ?? {}) as Record<string, string>) : {};
	};

	const clientOf = (request: SandboxRequest, params: Record<string, string>) => {
		const { client } = genericAccounts;
		switch (settings.clientAuth) {
			case 'basic': {
				const basic = basicCredentials(request);
				const known = [client, genericAccounts.plainClient].some(
					(candidate) =>
						basic?.id === candidate.clientId && basic.secret === candidate.clientSecret,
				);
				return known ? basic?.id : undefined;
			}
			case 'body': {
				const body = (request.body ?? {}) as Record<string, string>;
				return body.client_id === client.clientId && body.client_secret === client.clientSecret
					? body.client_id
					: undefined;
			}
			case 'query': {
				const query = request.url.searchParams;
				return query.get('client_id') === client.clientId &&
					query.get('client_secret') === client.clientSecret
					? client.clientId
					: undefined;
			}
			case 'none':
				return params.client_id === client.clientId ? client.clientId : undefined;
		}
	};

	const answer = (issued: { accessToken: string; refreshToken?: string; expiresIn: number }) => {
		const fields = {
			access_token: issued.accessToken,
			token_type: settings.tokenType,
			expires_in: issued.expiresIn,
			...(issued.refreshToken ? { refresh_token: issued.refreshToken } : {}),
		};
		return json(200, settings.nestUnder ? { [settings.nestUnder]: fields } : fields);
	};

	const missing = (params: Record<string, string>, required: Record<string, string>) =>
		Object.entries(required).find(([name, value]) => params[name] !== value)?.[0];

	router.on('POST', '/oauth/token', (request): SandboxResponse => {
		captured.push(capture(request));
		const params = parameters(request);
		const grant = params.grant_type ?? '';
		const fault = authority.takeTokenFault();
		const clientId = clientOf(request, params);
		authority.record(clientId ?? '', grant, !fault && !!clientId);
		if (fault) return fault;
		if (!grant)
			return oauthError(
				'invalid_request',
				`grant_type is missing from the ${settings.parameterLocation}`,
			);
		if (!clientId) return oauthError('invalid_client', 'Client authentication failed', 401);
		const { user } = genericAccounts;
		if (grant === 'refresh_token') {
			const absent = missing(params, settings.requiredRefreshParameters);
			if (absent) return oauthError('invalid_request', `${absent} is required`);
			const entry = authority.redeemRefresh(params.refresh_token ?? '', clientId);
			if (!entry) return oauthError('invalid_grant', 'Refresh token is invalid');
			return answer(authority.issue(clientId, entry.subject, {}, settings.issueRefreshTokens));
		}
		const absent = missing(params, settings.requiredTokenParameters);
		if (absent) return oauthError('invalid_request', `${absent} is required`);
		if (grant === 'password') {
			if (params.username !== user.username || params.password !== user.password) {
				return oauthError('invalid_grant', 'Wrong username or password');
			}
			return answer(authority.issue(clientId, user.username, {}, settings.issueRefreshTokens));
		}
		if (grant === 'client_credentials')
			return answer(authority.issue(clientId, clientId, {}, settings.issueRefreshTokens));
		return oauthError('unsupported_grant_type', `${grant} is not supported`);
	});

	/** Accepts the token wherever a client may put it and says where it found it. */
	router.on('GET', '/api/me', (request): SandboxResponse => {
		captured.push(capture(request));
		const fault = authority.takeApiFault();
		if (fault) return fault;
		const candidates: Array<[string, string | undefined]> = [
			[
				'authorization',
				/^\S+ (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1] ??
					(request.headers.authorization as string | undefined),
			],
			['header', /(\S+)$/.exec(String(request.headers['x-access-token'] ?? ''))?.[1]],
			['query', request.url.searchParams.get('access_token') ?? undefined],
		];
		for (const [via, value] of candidates) {
			const issued = value ? authority.accept(value) : undefined;
			if (issued) {
				authority.apiLog.push({ method: request.method, path: request.path, status: 200 });
				return json(200, { subject: issued.subject, via });
			}
		}
		authority.apiLog.push({ method: request.method, path: request.path, status: 401 });
		return json(401, { error: 'invalid_token' });
	});

	return {
		name: 'generic',
		authorities: { oauth: authority },
		router,
		captured,
		settings,
		state: () => ({ settings, capturedRequests: captured.length }),
		reset: () => {
			authority.reset();
			captured.length = 0;
			Object.assign(settings, defaultGenericSettings());
		},
	} satisfies Provider & { captured: CapturedRequest[]; settings: GenericSettings };
}
