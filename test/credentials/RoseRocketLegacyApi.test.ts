import { addCredential, request, useSandbox } from '../harness/fixture';
import { describeTokenCredential } from '../harness/tokenCredentialSuite';
import { roseRocketAccounts } from '../sandbox/providers/roseRocket';
import type { Sandbox } from '../sandbox/sandbox';

const context = useSandbox();
const legacy = (sandbox: Sandbox) => ({
	environment: 'custom',
	authUrl: sandbox.urls.roseRocket,
	apiUrl: `${sandbox.urls.roseRocket}/`,
	...roseRocketAccounts.legacyUser,
	...roseRocketAccounts.legacyApp,
});
const customers = (sandbox: Sandbox) => `${sandbox.urls.roseRocket}/api/v1/customers?limit=2`;

describeTokenCredential(context, {
	type: 'roseRocketLegacyApi',
	credentials: legacy,
	apiUrl: customers,
	authority: (sandbox) => sandbox.providers.roseRocket.authorities.legacy,
	secrets: (data) => [String(data.password), String(data.clientSecret)],
	wrongSecret: {
		field: 'password',
		message: /refused the credentials \(HTTP 401\).*username and the password.*Invalid credentials/,
	},
});

test('logs in with a JSON body and reads the token nested under data', async () => {
	const { sandbox, environment } = context;
	const credentials = addCredential(environment, 'roseRocketLegacyApi', legacy(sandbox));
	const result = await request(environment, 'roseRocketLegacyApi', credentials, customers(sandbox));
	expect(result.error).toBeUndefined();
	expect(result.items[0].json).toMatchObject({ total: 23, limit: 2 });
	// The sandbox refuses anything but JSON, so a successful login proves the encoding.
	expect(sandbox.providers.roseRocket.authorities.legacy.tokenRequests).toEqual([
		expect.objectContaining({ grant: 'password', ok: true }),
	]);
});
