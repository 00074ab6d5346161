import { addCredential, useSandbox } from '../harness/fixture';
import { REQUEST_NODE_TYPE } from '../harness/requestNode';
import { connectRoseRocket, roseRocketOAuth2Fields } from '../harness/roseRocketOAuth2';
import { faults, type Fault } from '../sandbox/authority';
import {
	apiUrlFor,
	captureLogs,
	credentialFor,
	preAuthCredentials,
	saveFigures,
	scenario,
	type World,
} from './world';

// The generic server issues refresh tokens here, so its password grant can show the fallback.
const world = useSandbox({ generic: { issueRefreshTokens: true } }) as World;
beforeAll(captureLogs);
afterAll(() => saveFigures('token-endpoint'));

const json = (body: unknown): Fault => ({ status: 200, body });

/** Token endpoint answers, and what the user must be told (or null: the request succeeds). */
const tokenFaults: Array<[string, Fault, RegExp | null]> = [
	[
		'invalid_client',
		faults.oauth('invalid_client', 401, 'Client authentication failed'),
		/invalid_client/,
	],
	['invalid_grant', faults.oauth('invalid_grant', 400, 'Bad credentials'), /invalid_grant/],
	['invalid_scope', faults.oauth('invalid_scope', 400, 'Unknown scope'), /invalid_scope/],
	['429 with Retry-After', faults.rateLimited('120'), /HTTP 429.*120 s|Retry-After|120 s/],
	['503', faults.serverError(503), /HTTP 503/],
	['a dropped connection', faults.hangUp(), /closed the connection without answering/],
	['an HTML page', faults.html(), /HTML|not JSON/i],
	['malformed JSON', faults.malformedJson(), /JSON/],
	[
		'a 200 without access_token',
		json({ token_type: 'Bearer', expires_in: 3600 }),
		/no "access_token"/,
	],
	[
		'the token nested one level down',
		json({ data: { access_token: 'x'.repeat(20) } }),
		/no "access_token"/,
	],
	['odd casing of the field name', json({ ACCESS_TOKEN: 'y'.repeat(20) }), /no "access_token"/],
	['a "mac" token type', json({ access_token: 'z'.repeat(20), token_type: 'mac' }), /Bearer/],
	[
		'a non-numeric expires_in',
		json({ access_token: 'w'.repeat(20), expires_in: 'soon' }),
		/expires_in/,
	],
];

const nestedResponse = (type: string) => type === 'roseRocketLegacyApi';
const nestedTokenIsRight = (label: string) => label === 'the token nested one level down';

describe.each(preAuthCredentials.map((credential) => [credential.type, credential] as const))(
	'%s',
	(type, credential) => {
		test.each(tokenFaults)(
			'token endpoint answers %s: each item fails with a clear message, nothing leaks',
			async (label, fault, expected) => {
				// The legacy Rose Rocket login reads a nested response (data.access_token): shape
				// faults aimed at top-level fields all read to it as "no token".
				let expectation = expected;
				if (nestedResponse(type) && fault.status === 200 && !/JSON/.test(String(expected)))
					expectation = nestedTokenIsRight(label)
						? null
						: /no "data\.access_token" string\. Check the credential's server/;
				const credentials = await credentialFor(world, type);
				credential.authority(world.sandbox).tokenFaults.push(fault);
				const result = await scenario(world, {
					type: REQUEST_NODE_TYPE,
					parameters: { credentialType: type, url: apiUrlFor(world.sandbox, type), method: 'GET' },
					credentials,
					items: [{}, {}],
					continueOnFail: true,
				});
				credential.authority(world.sandbox).tokenFaults.length = 0;
				const errors = result.items.map((item) => String(item.json.error ?? ''));
				if (expectation === null) expect(errors).toEqual(['', '']);
				else expect(errors[0]).toMatch(expectation);
			},
		);

		test('a token type of "BEARER" in capitals is accepted', async () => {
			const credentials = await credentialFor(world, type);
			const authority = credential.authority(world.sandbox);
			const result = await scenario(world, {
				type: REQUEST_NODE_TYPE,
				parameters: { credentialType: type, url: apiUrlFor(world.sandbox, type), method: 'GET' },
				credentials,
			});
			expect(result.error).toBeUndefined();
			expect(authority.tokenRequestCount()).toBe(1);
		});

		if (credential.refreshes) {
			test('a refused refresh token (expired or reused) falls back to a fresh login', async () => {
				const credentials = await credentialFor(world, type);
				const authority = credential.authority(world.sandbox);
				const parameters = {
					credentialType: type,
					url: apiUrlFor(world.sandbox, type),
					method: 'GET',
				};
				await scenario(world, { type: REQUEST_NODE_TYPE, parameters, credentials });
				authority.expireAll();
				authority.refreshTokens.clear();
				const before = authority.tokenRequestCount();
				const result = await scenario(world, { type: REQUEST_NODE_TYPE, parameters, credentials });
				expect(result.error).toBeUndefined();
				expect(authority.tokenRequestCount({ grant: 'refresh_token' })).toBeGreaterThan(0);
				expect(authority.tokenRequestCount() - before).toBe(2);
			});
		}
	},
);

describe('roseRocketOAuth2Api (n8n refreshes it)', () => {
	test('a refused refresh says to reconnect the credential, and nothing leaks', async () => {
		const data = await connectRoseRocket(
			world.environment,
			world.sandbox,
			roseRocketOAuth2Fields(world.sandbox),
		);
		const credentials = addCredential(world.environment, 'roseRocketOAuth2Api', data);
		const authority = world.sandbox.providers.roseRocket.authorities.oauth;
		authority.expireAll();
		authority.tokenFaults.push(faults.oauth('invalid_grant', 400, 'Refresh token expired'));
		const result = await scenario(world, {
			type: 'n8n-nodes-oauth-connectors.roseRocket',
			parameters: {
				authentication: 'oAuth2',
				resource: 'customApiCall',
				operation: 'send',
				method: 'GET',
				path: '/boards/nav',
			},
			credentials,
			items: [{}, {}],
			continueOnFail: true,
		});
		expect(result.items[0].json.error).toMatch(/could not renew the access token/);
		expect(result.items[0].json.description).toMatch(/reconnect/);
	});
});

test('a token endpoint that does not answer in time fails the item with a timeout, not a hang', async () => {
	const type = 'genericClientCredentialsOAuth2Api';
	const credentials = await credentialFor(world, type);
	world.sandbox.providers.generic.authorities.oauth.tokenFaults.push(faults.slow(35_000));
	const result = await scenario(world, {
		type: REQUEST_NODE_TYPE,
		parameters: { credentialType: type, url: apiUrlFor(world.sandbox, type), method: 'GET' },
		credentials,
		continueOnFail: true,
	});
	expect(String(result.items[0].json.error)).toMatch(/did not answer within 30 s/);
}, 60_000);
