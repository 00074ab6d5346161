import { useSandbox, addCredential, request, storedData } from '../harness/fixture';
import { describeTokenCredential } from '../harness/tokenCredentialSuite';
import { faults } from '../sandbox/authority';
import { blynkAccounts } from '../sandbox/providers/blynk';
import type { Sandbox } from '../sandbox/sandbox';

const context = useSandbox();
const blynk = (sandbox: Sandbox, clientAuth = 'basic') => ({
	server: 'custom',
	customServerUrl: sandbox.urls.blynk,
	clientId: blynkAccounts.client.clientId,
	clientSecret: blynkAccounts.client.clientSecret,
	clientAuth,
});
const devices = (sandbox: Sandbox) => `${sandbox.urls.blynk}/api/v1/organization/devices?size=2`;

describeTokenCredential(context, {
	type: 'blynkApi',
	credentials: (sandbox) => blynk(sandbox),
	apiUrl: devices,
	authority: (sandbox) => sandbox.providers.blynk.authorities.oauth,
	secrets: (data) => [String(data.clientSecret)],
	wrongSecret: { field: 'clientSecret', message: /invalid_client.*Client ID.*Client Secret/ },
});

describe('Blynk specifics', () => {
	test('client id and secret in the query work as well as the Basic header', async () => {
		const { sandbox, environment } = context;
		const credentials = addCredential(environment, 'blynkApi', blynk(sandbox, 'query'));
		const result = await request(environment, 'blynkApi', credentials, devices(sandbox));
		expect(result.error).toBeUndefined();
		expect(sandbox.providers.blynk.authorities.oauth.tokenRequests).toEqual([
			expect.objectContaining({
				clientId: blynkAccounts.client.clientId,
				grant: 'client_credentials',
				ok: true,
			}),
		]);
	});

	test('renews with the single-use refresh token and keeps the rotated one', async () => {
		const { sandbox, environment } = context;
		const authority = sandbox.providers.blynk.authorities.oauth;
		const credentials = addCredential(environment, 'blynkApi', blynk(sandbox));
		await request(environment, 'blynkApi', credentials, devices(sandbox));
		const firstRefresh = String(storedData(environment, credentials).refreshToken);
		for (let round = 0; round < 3; round++) {
			authority.expireAll();
			const result = await request(environment, 'blynkApi', credentials, devices(sandbox));
			expect(result.error).toBeUndefined();
		}
		expect(authority.tokenRequests.map((entry) => entry.grant)).toEqual([
			'client_credentials',
			'refresh_token',
			'refresh_token',
			'refresh_token',
		]);
		expect(storedData(environment, credentials).refreshToken).not.toBe(firstRefresh);
		expect(authority.refreshTokens.has(firstRefresh)).toBe(false);
	});

	test('falls back to client_credentials when the refresh token was already used', async () => {
		const { sandbox, environment } = context;
		const authority = sandbox.providers.blynk.authorities.oauth;
		const credentials = addCredential(environment, 'blynkApi', blynk(sandbox));
		await request(environment, 'blynkApi', credentials, devices(sandbox));
		authority.refreshTokens.clear();
		authority.expireAll();
		const result = await request(environment, 'blynkApi', credentials, devices(sandbox));
		expect(result.error).toBeUndefined();
		expect(authority.tokenRequests.map((entry) => [entry.grant, entry.ok])).toEqual([
			['client_credentials', true],
			['refresh_token', true],
			['client_credentials', true],
		]);
	});

	test('a token endpoint outage is reported as such, with the request failing once', async () => {
		const { sandbox, environment } = context;
		sandbox.providers.blynk.authorities.oauth.tokenFaults.push(faults.serverError(503));
		const credentials = addCredential(environment, 'blynkApi', blynk(sandbox));
		const result = await request(environment, 'blynkApi', credentials, devices(sandbox));
		expect(result.error?.message).toMatch(/token endpoint failed \(HTTP 503\).*provider's side/);
	});
});
