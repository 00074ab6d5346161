import { ClientOAuth2 } from '@n8n/client-oauth2';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { addCredential, request, storedData, useSandbox } from '../harness/fixture';
import type { Environment } from '../harness/engine';
import { roseRocketAccounts } from '../sandbox/providers/roseRocket';
import type { Sandbox } from '../sandbox/sandbox';

const context = useSandbox();
const TYPE = 'roseRocketOAuth2Api';
const REDIRECT_URI = 'http://127.0.0.1:5678/rest/oauth2-credential/callback';

const fields = (sandbox: Sandbox, organizationId = roseRocketAccounts.orgId) => ({
	...roseRocketAccounts.oauthClient,
	authServerUrl: sandbox.urls.roseRocket,
	apiBaseUrl: sandbox.urls.roseRocket,
	organizationId,
});

/**
 * Connects the credential the way n8n's OAuth2 callback controller does: the authorize URL from
 * the decrypted credential (with its query parameters), the user's consent on the provider's
 * page, then the code exchange with n8n's own OAuth2 client.
 */
async function connect(
	environment: Environment,
	sandbox: Sandbox,
	data: ICredentialDataDecryptedObject,
) {
	const decrypted = environment.credentials.decrypt(data, TYPE);
	const client = new ClientOAuth2({
		clientId: String(decrypted.clientId),
		clientSecret: String(decrypted.clientSecret),
		accessTokenUri: String(decrypted.accessTokenUrl),
		authorizationUri: String(decrypted.authUrl),
		authentication: decrypted.authentication as 'body',
		redirectUri: REDIRECT_URI,
		scopes: String(decrypted.scope).split(' '),
		scopesSeparator: ' ',
		query: Object.fromEntries(new URLSearchParams(String(decrypted.authQueryParameters))),
		state: 'state-from-n8n-123',
	});
	const authorizeUrl = client.code.getUri();
	const page = await fetch(authorizeUrl);
	expect(page.status).toBe(200);
	const consentForm = Object.fromEntries(new URL(authorizeUrl).searchParams);
	const consent = await fetch(`${sandbox.urls.roseRocket}/authorize/consent`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(consentForm).toString(),
		redirect: 'manual',
	});
	const callback = String(consent.headers.get('location'));
	const token = await client.code.getToken(callback, {
		body: { client_id: String(decrypted.clientId), client_secret: String(decrypted.clientSecret) },
	});
	return { ...data, oauthTokenData: token.data, callback };
}

const boards = (sandbox: Sandbox) => `${sandbox.urls.roseRocket}/api/v2/platformModel/boards/nav`;

test('the authorize request carries the audience, the scope and n8n state', async () => {
	const { sandbox, environment } = context;
	const connected = await connect(environment, sandbox, fields(sandbox));
	const seen = sandbox.providers.roseRocket.state().lastAuthorize;
	expect(seen).toMatchObject({
		audience: 'https://roserocket.com',
		scope: 'offline_access email profile',
		state: 'state-from-n8n-123',
		client_id: roseRocketAccounts.oauthClient.clientId,
		response_type: 'code',
	});
	expect(new URL(connected.callback).searchParams.get('state')).toBe('state-from-n8n-123');
	expect(connected.oauthTokenData).toMatchObject({
		token_type: 'Bearer',
		refresh_token: expect.stringMatching(/^rr_rt_/),
	});
});

test('a connected credential calls the API, and n8n refreshes with org_id after expiry', async () => {
	const { sandbox, environment } = context;
	const credentials = addCredential(
		environment,
		TYPE,
		await connect(environment, sandbox, fields(sandbox)),
	);
	const first = await request(environment, TYPE, credentials, boards(sandbox));
	expect(first.error).toBeUndefined();
	expect(first.items[0].json).toEqual([expect.objectContaining({ id: 'board_orders' })]);

	sandbox.providers.roseRocket.authorities.oauth.expireAll();
	const afterExpiry = await request(environment, TYPE, credentials, boards(sandbox));
	expect(afterExpiry.error).toBeUndefined();
	expect(sandbox.providers.roseRocket.state().lastRefresh).toEqual({
		org_id: roseRocketAccounts.orgId,
		source: 'query',
	});
	expect(
		sandbox.providers.roseRocket.authorities.oauth.tokenRequests.map((entry) => entry.grant),
	).toEqual(['authorization_code', 'refresh_token']);
	expect(environment.credentials.persisted.at(-1)).toMatchObject({ kind: 'oauthTokenData' });
	expect(
		(storedData(environment, credentials).oauthTokenData as { access_token: string }).access_token,
	).toMatch(/^rr_at_/);
});

test('without an Organization ID the refresh is refused by a server that requires org_id', async () => {
	const { sandbox, environment } = context;
	const credentials = addCredential(
		environment,
		TYPE,
		await connect(environment, sandbox, fields(sandbox, '')),
	);
	sandbox.providers.roseRocket.authorities.oauth.expireAll();
	const result = await request(environment, TYPE, credentials, boards(sandbox));
	expect(result.error).toBeDefined();
	expect(sandbox.providers.roseRocket.state().lastRefresh).toEqual({ org_id: '', source: 'none' });
	expect(JSON.stringify(result.error)).not.toContain(roseRocketAccounts.oauthClient.clientSecret);
});
