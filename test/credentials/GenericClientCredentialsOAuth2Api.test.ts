import { addCredential, request, useSandbox } from '../harness/fixture';
import { describeTokenCredential } from '../harness/tokenCredentialSuite';
import { genericAccounts, type GenericSettings } from '../sandbox/providers/generic';
import type { Sandbox } from '../sandbox/sandbox';

const context = useSandbox();
const TYPE = 'genericClientCredentialsOAuth2Api';
const generic = (sandbox: Sandbox, fields: Record<string, unknown> = {}) => ({
	tokenUrl: `${sandbox.urls.generic}/oauth/token`,
	...genericAccounts.client,
	testUrl: `${sandbox.urls.generic}/api/me`,
	...fields,
});
const me = (sandbox: Sandbox) => `${sandbox.urls.generic}/api/me`;

describeTokenCredential(context, {
	type: TYPE,
	credentials: (sandbox) => generic(sandbox),
	apiUrl: me,
	authority: (sandbox) => sandbox.providers.generic.authorities.oauth,
	secrets: (data) => [String(data.clientSecret)],
	wrongSecret: { field: 'clientSecret', message: /invalid_client/ },
});

const lastTokenRequest = (sandbox: Sandbox) =>
	sandbox.providers.generic.captured.filter((entry) => entry.path === '/oauth/token').at(-1);

describe('each client authentication, parameter location and body format', () => {
	const cases: Array<[string, Partial<GenericSettings>, Record<string, unknown>]> = [
		['Basic header, form body', { clientAuth: 'basic' }, { clientAuth: 'basic' }],
		['secret in the body', { clientAuth: 'body' }, { clientAuth: 'body' }],
		[
			'secret in the query, grant in the query',
			{ clientAuth: 'query', parameterLocation: 'query' },
			{ clientAuth: 'query', parameterLocation: 'query' },
		],
		['public client', { clientAuth: 'none' }, { clientAuth: 'none' }],
		[
			'JSON body',
			{ clientAuth: 'body', bodyFormat: 'json' },
			{ clientAuth: 'body', bodyFormat: 'json' },
		],
	];
	test.each(cases)('%s', async (_name, server, fields) => {
		const { sandbox, environment } = context;
		Object.assign(sandbox.providers.generic.settings, server);
		const credentials = addCredential(environment, TYPE, generic(sandbox, fields));
		const result = await request(environment, TYPE, credentials, me(sandbox));
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({
			subject: genericAccounts.client.clientId,
			via: 'authorization',
		});
	});

	test('the Basic header form-encodes id and secret before base64 (RFC 6749 §2.3.1)', async () => {
		const { sandbox, environment } = context;
		const credentials = addCredential(environment, TYPE, generic(sandbox, { scope: 'read write' }));
		await request(environment, TYPE, credentials, me(sandbox));
		const captured = lastTokenRequest(sandbox);
		// "generic client@id" : "gen:secret/+ =&%", each form-urlencoded, then base64.
		const expected = Buffer.from('generic+client%40id:gen%3Asecret%2F%2B+%3D%26%25').toString(
			'base64',
		);
		expect(captured?.headers.authorization).toBe(`Basic ${expected}`);
		expect(captured?.rawBody).toBe('grant_type=client_credentials&scope=read+write');
		expect(captured?.headers['content-type']).toBe('application/x-www-form-urlencoded');
	});
});

describe('token request and response shaping', () => {
	test('sends audience and extra parameters and reads a nested token', async () => {
		const { sandbox, environment } = context;
		Object.assign(sandbox.providers.generic.settings, {
			nestUnder: 'data',
			requiredTokenParameters: { audience: 'https://api.example.com', resource: 'inventory' },
		});
		const credentials = addCredential(
			environment,
			TYPE,
			generic(sandbox, {
				audience: 'https://api.example.com',
				extraTokenParameters: '{"resource": "inventory"}',
				accessTokenField: 'data.access_token',
				expiresInField: 'data.expires_in',
			}),
		);
		const result = await request(environment, TYPE, credentials, me(sandbox));
		expect(result.error).toBeUndefined();
	});

	test('a nested response without the field path set is refused with a message naming the fix', async () => {
		const { sandbox, environment } = context;
		sandbox.providers.generic.settings.nestUnder = 'data';
		const credentials = addCredential(environment, TYPE, generic(sandbox));
		const result = await request(environment, TYPE, credentials, me(sandbox));
		expect(result.error?.message).toMatch(/no "access_token" string.*Access Token Field/);
	});

	test('malformed extra parameters are refused before any request', async () => {
		const { sandbox, environment } = context;
		const credentials = addCredential(
			environment,
			TYPE,
			generic(sandbox, { extraTokenParameters: '{resource: inventory' }),
		);
		const result = await request(environment, TYPE, credentials, me(sandbox));
		expect(result.error?.message).toMatch(/Extra Token Parameters is not valid JSON/);
		expect(sandbox.providers.generic.authorities.oauth.tokenRequestCount()).toBe(0);
	});
});

describe('token placement', () => {
	test.each([
		[
			'a custom header',
			{ tokenPlacement: 'header', tokenHeaderName: 'X-Access-Token', tokenPrefix: '' },
			'header',
		],
		[
			'a query parameter',
			{ tokenPlacement: 'query', tokenQueryParameter: 'access_token' },
			'query',
		],
		['the Authorization header', {}, 'authorization'],
	])('sends the token in %s', async (_name, fields, via) => {
		const { sandbox, environment } = context;
		const credentials = addCredential(environment, TYPE, generic(sandbox, fields));
		const result = await request(environment, TYPE, credentials, me(sandbox));
		expect(result.items[0].json).toMatchObject({ via });
		const apiRequest = sandbox.providers.generic.captured.find((entry) => entry.path === '/api/me');
		if (via !== 'authorization') expect(apiRequest?.headers.authorization).toBeUndefined();
	});
});
