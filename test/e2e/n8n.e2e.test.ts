import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { createCredential as saveCredential, sandboxCredentials } from './examples';
import { blynkAccounts } from '../sandbox/providers/blynk';
import { roktAccounts } from '../sandbox/providers/rokt';
import { startSandbox, type Sandbox } from '../sandbox/sandbox';
import { startN8n, type N8nServer } from './n8nServer';

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

/** A workflow started by a webhook that answers with the last node's items. */
async function webhookWorkflow(webhookPath: string, node: Record<string, unknown>) {
	const workflow = await n8n.rest<{ id: string; versionId: string }>('POST', '/workflows', {
		name: `e2e ${webhookPath}`,
		nodes: [
			{
				id: 'hook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: webhookPath,
				parameters: { path: webhookPath, responseMode: 'lastNode', responseData: 'allEntries' },
			},
			{ id: 'node', name: 'Node', position: [240, 0], ...node },
		],
		connections: { Webhook: { main: [[{ node: 'Node', type: 'main', index: 0 }]] } },
		settings: {},
	});
	await n8n.rest('POST', `/workflows/${workflow.id}/activate`, { versionId: workflow.versionId });
	return async () => await n8n.webhook(webhookPath);
}

describe('credential Test in n8n', () => {
	test.each([
		'blynkApi',
		'roktApi',
		'roaringApi',
		'roseRocketLegacyApi',
		'genericClientCredentialsOAuth2Api',
		'genericPasswordGrantOAuth2Api',
	])('%s passes with good secrets and fails clearly with a bad one', async (type) => {
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
	});
});

describe("n8n's HTTP Request node with each credential as a predefined credential type", () => {
	test.each([
		'blynkApi',
		'roktApi',
		'roaringApi',
		'roseRocketLegacyApi',
		'genericClientCredentialsOAuth2Api',
		'genericPasswordGrantOAuth2Api',
	])('%s', async (type) => {
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
