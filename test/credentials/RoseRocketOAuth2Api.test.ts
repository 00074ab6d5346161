import { addCredential, request, storedData, useSandbox } from '../harness/fixture';
import { connectRoseRocket, roseRocketOAuth2Fields } from '../harness/roseRocketOAuth2';
import { roseRocketAccounts } from '../sandbox/providers/roseRocket';
import type { Sandbox } from '../sandbox/sandbox';

const context = useSandbox();
const TYPE = 'roseRocketOAuth2Api';

const boards = (sandbox: Sandbox) => `${sandbox.urls.roseRocket}/api/v2/platformModel/boards/nav`;

test('the authorize request carries the audience, the scope and n8n state', async () => {
	const { sandbox, environment } = context;
	const connected = await connectRoseRocket(environment, sandbox, roseRocketOAuth2Fields(sandbox));
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
		await connectRoseRocket(environment, sandbox, roseRocketOAuth2Fields(sandbox)),
	);
	const first = await request(environment, TYPE, credentials, boards(sandbox));
	expect(first.error).toBeUndefined();
	expect(first.items[0].json).toEqual([
		expect.objectContaining({ id: 'board_orders' }),
		expect.objectContaining({ id: 'board_customers' }),
	]);

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
		await connectRoseRocket(environment, sandbox, roseRocketOAuth2Fields(sandbox, '')),
	);
	sandbox.providers.roseRocket.authorities.oauth.expireAll();
	const result = await request(environment, TYPE, credentials, boards(sandbox));
	expect(result.error).toBeDefined();
	expect(sandbox.providers.roseRocket.state().lastRefresh).toEqual({ org_id: '', source: 'none' });
	expect(JSON.stringify(result.error)).not.toContain(roseRocketAccounts.oauthClient.clientSecret);
});
