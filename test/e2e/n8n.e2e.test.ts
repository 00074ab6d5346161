import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { createAndConnectOAuth2, openBrowser, signIn } from './browser';
import {
	createExampleCredentials,
	createCredential as saveCredential,
	importExample,
	loadExamples,
	sandboxCredentials,
	type Example,
} from './examples';
import type { Authority } from '../sandbox/authority';
import { blynkAccounts } from '../sandbox/providers/blynk';
import { roktAccounts } from '../sandbox/providers/rokt';
import { roseRocketAccounts } from '../sandbox/providers/roseRocket';
import { startSandbox, type Sandbox } from '../sandbox/sandbox';
import { startN8n, webhookChain, type ExecutionResult, type N8nServer } from './n8nServer';

let sandbox: Sandbox;
let n8n: N8nServer;

beforeAll(async () => {
	sandbox = await startSandbox({ generic: { issueRefreshTokens: true } });
	n8n = await startN8n();
}, 900_000);

afterAll(async () => {
	await n8n?.stop();
	await sandbox?.stop();
});

const credentialCases = () => sandboxCredentials(sandbox);

/** The package's preAuthentication credential types (the Rose Rocket OAuth2 one is n8n's). */
const PRE_AUTH_TYPES = [
	'blynkApi',
	'roktApi',
	'roaringApi',
	'roseRocketLegacyApi',
	'genericClientCredentialsOAuth2Api',
	'genericPasswordGrantOAuth2Api',
];

let counter = 0;
async function createCredential(type: string, data: ICredentialDataDecryptedObject) {
	counter += 1;
	return await saveCredential(n8n, { type, name: `${type} ${counter}`, data });
}

async function testCredential(type: string, data: ICredentialDataDecryptedObject) {
	const { id, name } = await createCredential(type, data);
	return await n8n.rest<{ status: string; message: string }>('POST', '/credentials/test', {
		credentials: { id, name, type, data },
	});
}

/** A workflow started by a webhook that answers with the node's items. */
async function webhookWorkflow(webhookPath: string, node: Record<string, unknown>) {
	return await webhookChain(n8n, webhookPath, [node]);
}

describe('credential Test in n8n', () => {
	test.each(PRE_AUTH_TYPES)(
		'%s passes with good secrets and fails clearly with a bad one',
		async (type) => {
			const spec = credentialCases().find((entry) => entry.type === type)!;
			await expect(testCredential(type, spec.data)).resolves.toEqual({
				status: 'OK',
				message: 'Connection successful!',
			});
			const bad = { ...spec.data, [spec.secretField]: 'definitely-wrong-secret' };
			const outcome = await testCredential(type, bad);
			expect(outcome.status).toBe('Error');
			expect(outcome.message).toMatch(/^The token endpoint (rejected|refused)/);
			expect(outcome.message).not.toContain('definitely-wrong-secret');
		},
	);
});

describe("n8n's HTTP Request node with each credential as a predefined credential type", () => {
	test.each(PRE_AUTH_TYPES)('%s', async (type) => {
		const spec = credentialCases().find((entry) => entry.type === type)!;
		const credential = await createCredential(type, spec.data);
		const run = await webhookWorkflow(`http-${type}`, {
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				url: spec.apiUrl,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: type,
				options: {},
			},
			credentials: { [type]: credential },
		});
		const response = await run();
		expect(response.status).toBe(200);
		expect(JSON.stringify(response.body)).not.toMatch(/error/i);
	});
});

describe('the nodes inside n8n', () => {
	test('Blynk lists devices, and renews an expired token mid-run', async () => {
		const credential = await createCredential('blynkApi', credentialCases()[0].data);
		const run = await webhookWorkflow('blynk-devices', {
			type: 'n8n-nodes-oauth-connectors.blynk',
			typeVersion: 1,
			parameters: { resource: 'device', operation: 'getAll', returnAll: false, limit: 3 },
			credentials: { blynkApi: credential },
		});
		const first = await run();
		expect((first.body as Array<{ name: string }>).map((device) => device.name)).toEqual([
			'Sensor 1',
			'Sensor 2',
			'Sensor 3',
		]);
		const authority = sandbox.providers.blynk.authorities.oauth;
		const before = authority.tokenRequestCount({ clientId: blynkAccounts.client.clientId });
		authority.expireAll();
		const second = await run();
		expect(second.status).toBe(200);
		expect(authority.tokenRequestCount({ clientId: blynkAccounts.client.clientId })).toBe(
			before + 1,
		);
	});

	test('Rokt lists accounts', async () => {
		const credential = await createCredential('roktApi', credentialCases()[1].data);
		const run = await webhookWorkflow('rokt-accounts', {
			type: 'n8n-nodes-oauth-connectors.rokt',
			typeVersion: 1,
			parameters: { resource: 'query', operation: 'listAccounts' },
			credentials: { roktApi: credential },
		});
		expect((await run()).body).toEqual(roktAccounts.accounts);
	});

	test('Roaring walks from the root to every changelog page (HATEOAS)', async () => {
		const credential = await createCredential('roaringApi', credentialCases()[2].data);
		const run = await webhookWorkflow('roaring-walk', {
			type: 'n8n-nodes-oauth-connectors.roaring',
			typeVersion: 1,
			parameters: {
				resource: 'link',
				operation: 'listElements',
				startFrom: 'root',
				relations: 'changelogs',
				variables: '{"type": "API"}',
				returnAll: true,
				output: 'summary',
			},
			credentials: { roaringApi: credential },
		});
		expect((await run()).body).toEqual([
			expect.objectContaining({ count: 47, pages: 5, stopReason: 'last_page' }),
		]);
	});

	test('Rose Rocket (legacy login) searches orders page by page', async () => {
		const credential = await createCredential('roseRocketLegacyApi', credentialCases()[3].data);
		const run = await webhookWorkflow('rr-orders', {
			type: 'n8n-nodes-oauth-connectors.roseRocket',
			typeVersion: 1,
			parameters: {
				authentication: 'legacy',
				resource: 'orderV1',
				operation: 'search',
				returnAll: true,
			},
			credentials: { roseRocketLegacyApi: credential },
		});
		expect((await run()).body).toHaveLength(45);
	});
});

const example = (file: string): Example => {
	const found = loadExamples().find((entry) => entry.file === file);
	if (!found) throw new Error(`examples/${file} is missing`);
	return found;
};

/** What each example workflow must output, by file; an example without an entry fails. */
const exampleOutputs: Record<string, (result: ExecutionResult) => void> = {
	'blynk-list-devices.json': (result) =>
		expect(result.items['Get devices'].map((device) => device.name)).toEqual([
			'Sensor 1',
			'Sensor 2',
			'Sensor 3',
			'Sensor 4',
			'Sensor 5',
		]),
	'roaring-hateoas-walk.json': (result) =>
		expect(result.items['Walk changelog pages']).toEqual([
			expect.objectContaining({ count: 47, pages: 5, stopReason: 'last_page' }),
		]),
	'roaring-sub-accounts.json': (result) =>
		expect(result.items['Get sub-accounts']).toContainEqual(
			expect.objectContaining({ id: 'sa_1', name: 'First Client AB' }),
		),
	'rokt-send-conversions.json': (result) => {
		expect(result.items['List accounts']).toEqual(roktAccounts.accounts);
		expect(result.items['Send conversions']).toEqual([
			expect.objectContaining({ status: 'accepted' }),
			expect.objectContaining({ status: 'accepted' }),
		]);
	},
	'rose-rocket-legacy-orders.json': (result) =>
		expect(result.items['Search orders']).toHaveLength(45),
	'rose-rocket-orders.json': (result) => {
		expect(result.items['Create order']).toEqual([
			expect.objectContaining({ externalId: 'EXAMPLE-1', status: 'new' }),
		]);
		expect(result.items['Search orders']).toContainEqual(
			expect.objectContaining({ externalId: 'EXAMPLE-1' }),
		);
	},
};

describe('the example workflows, imported and run by n8n', () => {
	let credentials: Record<string, { id: string; name: string }> = {};

	beforeAll(async () => {
		credentials = await createExampleCredentials(n8n, sandbox);
	});

	test.each(loadExamples().map((entry) => [entry.file, entry] as const))(
		'%s',
		async (file, workflow) => {
			expect(exampleOutputs[file]).toBeDefined();
			const result = await n8n.runWorkflow(
				await importExample(n8n, workflow, credentials),
				workflow.trigger,
			);
			expect(result.error).toBeUndefined();
			expect(result.status).toBe('success');
			exampleOutputs[file](result);
		},
	);

	test.each([
		['rokt-send-conversions.json', 'rokt', 'oauth', 1, 'client_credentials'],
		['roaring-hateoas-walk.json', 'roaring', 'oauth', 3, 'refresh_token'],
	] as const)(
		'%s: a token that expires mid-run is renewed and no item fails',
		async (file, provider, authorityName, calls, grant) => {
			const workflow = example(file);
			const workflowId = await importExample(n8n, workflow, credentials);
			await n8n.runWorkflow(workflowId, workflow.trigger);
			const authority = (sandbox.providers[provider].authorities as Record<string, Authority>)[
				authorityName
			];
			const before = authority.tokenRequestCount({ grant });
			authority.expireAfterCalls(calls);
			const result = await n8n.runWorkflow(workflowId, workflow.trigger);
			expect(result.error).toBeUndefined();
			exampleOutputs[file](result);
			expect(authority.tokenRequestCount({ grant })).toBe(before + 1);
		},
	);
});

describe('Rose Rocket OAuth2, connected in the editor with a real browser', () => {
	test('create, connect, consent; audience and state reach Rose Rocket; a refresh after expiry carries org_id', async () => {
		const known = new Set(
			(await n8n.rest<Array<{ id: string }>>('GET', '/credentials')).map((entry) => entry.id),
		);
		const browser = await openBrowser();
		let audienceOnConsentPage = '';
		try {
			const page = await browser.context.newPage();
			await signIn(page, n8n);
			const banner = await createAndConnectOAuth2(page, n8n, {
				typeDisplayName: 'Rose Rocket OAuth2 API',
				fields: {
					'Client ID': roseRocketAccounts.oauthClient.clientId,
					'Client Secret': roseRocketAccounts.oauthClient.clientSecret,
					'Authorization Server': sandbox.urls.roseRocket,
					'API Base URL': sandbox.urls.roseRocket,
					'Organization ID': roseRocketAccounts.orgId,
				},
				consent: async (popup) => {
					audienceOnConsentPage = await popup.locator('#audience').innerText();
					await popup.locator('#allow').click();
				},
			});
			expect(banner).toContain('Account connected');
		} finally {
			await browser.close();
		}
		expect(audienceOnConsentPage).toBe('https://roserocket.com');

		const authorize = sandbox.providers.roseRocket.state().lastAuthorize as Record<string, string>;
		expect(authorize).toMatchObject({
			client_id: roseRocketAccounts.oauthClient.clientId,
			response_type: 'code',
			audience: 'https://roserocket.com',
			scope: 'offline_access email profile',
			redirect_uri: `${n8n.url}/rest/oauth2-credential/callback`,
		});
		const state = JSON.parse(Buffer.from(authorize.state, 'base64').toString()) as {
			token: string;
			createdAt: number;
		};
		expect(state.token).toEqual(expect.any(String));
		expect(Date.now() - state.createdAt).toBeLessThan(300_000);

		const created = (
			await n8n.rest<Array<{ id: string; name: string; type: string }>>('GET', '/credentials')
		).find((entry) => !known.has(entry.id) && entry.type === 'roseRocketOAuth2Api');
		expect(created).toBeDefined();
		const workflow = example('rose-rocket-orders.json');
		const workflowId = await importExample(n8n, workflow, {
			roseRocketOAuth2Api: { id: created!.id, name: created!.name },
		});
		const first = await n8n.runWorkflow(workflowId, workflow.trigger);
		expect(first.status).toBe('success');

		const authority = sandbox.providers.roseRocket.authorities.oauth;
		const refreshes = authority.tokenRequestCount({ grant: 'refresh_token' });
		authority.expireAll();
		const second = await n8n.runWorkflow(workflowId, workflow.trigger);
		expect(second.error).toBeUndefined();
		expect(second.status).toBe('success');
		expect(authority.tokenRequestCount({ grant: 'refresh_token' })).toBe(refreshes + 1);
		expect(sandbox.providers.roseRocket.state().lastRefresh).toEqual({
			org_id: roseRocketAccounts.orgId,
			source: 'query',
		});
	});
});
