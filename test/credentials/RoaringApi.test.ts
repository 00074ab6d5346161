import { addCredential, request, storedData, useSandbox } from '../harness/fixture';
import { describeTokenCredential } from '../harness/tokenCredentialSuite';
import { roaringAccounts } from '../sandbox/providers/roaring';
import type { Sandbox } from '../sandbox/sandbox';

const context = useSandbox();
const roaring = (sandbox: Sandbox) => ({
	...roaringAccounts.user,
	...roaringAccounts.client,
	baseUrl: sandbox.urls.roaring,
});
const root = (sandbox: Sandbox) => `${sandbox.urls.roaring}/`;

describeTokenCredential(context, {
	type: 'roaringApi',
	credentials: roaring,
	apiUrl: root,
	authority: (sandbox) => sandbox.providers.roaring.authorities.oauth,
	secrets: (data) => [String(data.password), String(data.clientSecret)],
	wrongSecret: {
		field: 'password',
		message: /rejected the username or password \(invalid_grant\)/,
	},
});

describe('Roaring specifics', () => {
	test('prefers the refresh token over a new password login', async () => {
		const { sandbox, environment } = context;
		const authority = sandbox.providers.roaring.authorities.oauth;
		const credentials = addCredential(environment, 'roaringApi', roaring(sandbox));
		await request(environment, 'roaringApi', credentials, root(sandbox));
		expect(storedData(environment, credentials).refreshToken).toMatch(/^roaring_rt_/);
		authority.expireAll();
		const result = await request(environment, 'roaringApi', credentials, root(sandbox));
		expect(result.error).toBeUndefined();
		expect(authority.tokenRequests.map((entry) => entry.grant)).toEqual([
			'password',
			'refresh_token',
		]);
	});

	test('logs in again with the password when the refresh token has expired', async () => {
		const { sandbox, environment } = context;
		const authority = sandbox.providers.roaring.authorities.oauth;
		const credentials = addCredential(environment, 'roaringApi', roaring(sandbox));
		await request(environment, 'roaringApi', credentials, root(sandbox));
		authority.refreshTokens.clear();
		authority.expireAll();
		const result = await request(environment, 'roaringApi', credentials, root(sandbox));
		expect(result.error).toBeUndefined();
		expect(authority.tokenRequests.map((entry) => [entry.grant, entry.ok])).toEqual([
			['password', true],
			['refresh_token', true],
			['password', true],
		]);
	});
});
