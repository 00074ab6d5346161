import { addCredential, request, useSandbox } from '../harness/fixture';
import { describeTokenCredential } from '../harness/tokenCredentialSuite';
import { genericAccounts } from '../sandbox/providers/generic';
import type { Sandbox } from '../sandbox/sandbox';

const context = useSandbox({ generic: { issueRefreshTokens: true } });
const TYPE = 'genericPasswordGrantOAuth2Api';
const generic = (sandbox: Sandbox, fields: Record<string, unknown> = {}) => ({
	tokenUrl: `${sandbox.urls.generic}/oauth/token`,
	...genericAccounts.client,
	...genericAccounts.user,
	testUrl: `${sandbox.urls.generic}/api/me`,
	...fields,
});
const me = (sandbox: Sandbox) => `${sandbox.urls.generic}/api/me`;

describeTokenCredential(context, {
	type: TYPE,
	credentials: (sandbox) => generic(sandbox),
	apiUrl: me,
	authority: (sandbox) => sandbox.providers.generic.authorities.oauth,
	secrets: (data) => [String(data.clientSecret), String(data.password)],
	wrongSecret: { field: 'password', message: /rejected the username or password/ },
});

test('sends the password grant form-encoded with the exact parameters', async () => {
	const { sandbox, environment } = context;
	const credentials = addCredential(environment, TYPE, generic(sandbox, { clientAuth: 'body' }));
	sandbox.providers.generic.settings.clientAuth = 'body';
	await request(environment, TYPE, credentials, me(sandbox));
	const captured = sandbox.providers.generic.captured.find(
		(entry) => entry.path === '/oauth/token',
	);
	expect(captured?.rawBody).toBe(
		'grant_type=password&username=someone%40example.com&password=p%40ss+word%3A%2F%2B%3D' +
			'&client_id=generic+client%40id&client_secret=gen%3Asecret%2F%2B+%3D%26%25',
	);
	expect(captured?.headers.authorization).toBeUndefined();
});

test('refreshes with the extra refresh parameters, and logs in again when refresh is refused', async () => {
	const { sandbox, environment } = context;
	const authority = sandbox.providers.generic.authorities.oauth;
	sandbox.providers.generic.settings.requiredRefreshParameters = { tenant: 'north' };
	const credentials = addCredential(
		environment,
		TYPE,
		generic(sandbox, { extraRefreshParameters: '{"tenant": "north"}' }),
	);
	await request(environment, TYPE, credentials, me(sandbox));
	authority.expireAll();
	await request(environment, TYPE, credentials, me(sandbox));
	authority.refreshTokens.clear();
	authority.expireAll();
	const result = await request(environment, TYPE, credentials, me(sandbox));
	expect(result.error).toBeUndefined();
	expect(authority.tokenRequests.map((entry) => [entry.grant, entry.ok])).toEqual([
		['password', true],
		['refresh_token', true],
		['refresh_token', true],
		['password', true],
	]);
	const refresh = sandbox.providers.generic.captured.find((entry) =>
		entry.rawBody.includes('grant_type=refresh_token'),
	);
	expect(refresh?.rawBody).toMatch(
		/^grant_type=refresh_token&refresh_token=gen_rt_[\w-]+&tenant=north$/,
	);
});
