/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test and demo infrastructure, never shipped */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { N8nServer } from './n8nServer';
import { blynkAccounts } from '../sandbox/providers/blynk';
import { genericAccounts } from '../sandbox/providers/generic';
import { roaringAccounts } from '../sandbox/providers/roaring';
import { roktAccounts } from '../sandbox/providers/rokt';
import { roseRocketAccounts } from '../sandbox/providers/roseRocket';
import type { Sandbox } from '../sandbox/sandbox';

export const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', 'examples');

interface WorkflowNode {
	name: string;
	type: string;
	credentials?: Record<string, { id: string; name: string }>;
	[key: string]: unknown;
}

export interface Example {
	file: string;
	name: string;
	trigger: string;
	nodes: WorkflowNode[];
	connections: unknown;
	settings: unknown;
}

/** The example workflows users can import, from `examples/`. */
export function loadExamples(): Example[] {
	return readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')) as Omit<
				Example,
				'file' | 'trigger'
			>;
			const trigger = workflow.nodes.find(
				(node) => node.type === 'n8n-nodes-base.manualTrigger',
			)?.name;
			if (!trigger) throw new Error(`${file} has no manual trigger`);
			return { ...workflow, file, trigger };
		});
}

/** A credential of the package pointed at the sandbox: n8n type, display name, data. */
export interface SandboxCredential {
	type: string;
	name: string;
	data: ICredentialDataDecryptedObject;
	/** The field whose value is a secret the provider checks (spoiled in "bad secret" tests). */
	secretField: string;
	/** An API URL the credential authenticates (used from n8n's HTTP Request node). */
	apiUrl: string;
}

/** Every credential of the package, filled in for the sandbox's accounts. */
export function sandboxCredentials(sandbox: Sandbox): SandboxCredential[] {
	const { urls } = sandbox;
	return [
		{
			type: 'blynkApi',
			name: 'Blynk account',
			data: {
				server: 'custom',
				customServerUrl: urls.blynk,
				...blynkAccounts.client,
				clientAuth: 'basic',
			},
			secretField: 'clientSecret',
			apiUrl: `${urls.blynk}/api/v1/organization/devices?size=2`,
		},
		{
			type: 'roktApi',
			name: 'Rokt account',
			data: { ...roktAccounts.app, baseUrl: urls.rokt },
			secretField: 'appSecret',
			apiUrl: `${urls.rokt}/v1/query/accounts`,
		},
		{
			type: 'roaringApi',
			name: 'Roaring account',
			data: { ...roaringAccounts.user, ...roaringAccounts.client, baseUrl: urls.roaring },
			secretField: 'password',
			apiUrl: `${urls.roaring}/`,
		},
		{
			type: 'roseRocketLegacyApi',
			name: 'Rose Rocket legacy login',
			data: {
				environment: 'custom',
				authUrl: urls.roseRocket,
				apiUrl: urls.roseRocket,
				...roseRocketAccounts.legacyUser,
				...roseRocketAccounts.legacyApp,
			},
			secretField: 'password',
			apiUrl: `${urls.roseRocket}/api/v1/customers?limit=1`,
		},
		{
			type: 'genericClientCredentialsOAuth2Api',
			name: 'Generic client credentials',
			data: {
				tokenUrl: `${urls.generic}/oauth/token`,
				...genericAccounts.client,
				testUrl: `${urls.generic}/api/me`,
			},
			secretField: 'clientSecret',
			apiUrl: `${urls.generic}/api/me`,
		},
		{
			type: 'genericPasswordGrantOAuth2Api',
			name: 'Generic password grant',
			data: {
				tokenUrl: `${urls.generic}/oauth/token`,
				...genericAccounts.client,
				...genericAccounts.user,
				testUrl: `${urls.generic}/api/me`,
			},
			secretField: 'password',
			apiUrl: `${urls.generic}/api/me`,
		},
	];
}

/** The Rose Rocket OAuth2 credential's fields for the sandbox (connected separately). */
export const roseRocketOAuth2Data = (sandbox: Sandbox): ICredentialDataDecryptedObject => ({
	...roseRocketAccounts.oauthClient,
	authServerUrl: sandbox.urls.roseRocket,
	apiBaseUrl: sandbox.urls.roseRocket,
	organizationId: roseRocketAccounts.orgId,
});

/** Saves a credential in n8n and answers its id and name, as a node's `credentials` entry wants. */
export async function createCredential(
	n8n: N8nServer,
	credential: { type: string; name: string; data: ICredentialDataDecryptedObject },
): Promise<{ id: string; name: string }> {
	const { id } = await n8n.rest<{ id: string }>('POST', '/credentials', credential);
	return { id, name: credential.name };
}

/**
 * Connects an OAuth2 credential through n8n's own flow without a browser: n8n's authorize URL,
 * the provider's consent form submitted as the Allow button does, then n8n's callback.
 */
export async function connectOAuth2(n8n: N8nServer, credentialId: string): Promise<void> {
	const authorizeUrl = await n8n.rest<string>(
		'GET',
		`/oauth2-credential/auth?id=${encodeURIComponent(credentialId)}`,
	);
	const page = await fetch(authorizeUrl);
	if (!page.ok) throw new Error(`The authorize page answered ${page.status}`);
	const consent = await fetch(new URL('/authorize/consent', authorizeUrl), {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(Object.fromEntries(new URL(authorizeUrl).searchParams)).toString(),
		redirect: 'manual',
	});
	const callback = consent.headers.get('location');
	if (!callback) throw new Error(`The consent answered ${consent.status} without a redirect`);
	const done = await fetch(callback, { headers: { cookie: n8n.authCookie() } });
	const text = await done.text();
	if (!done.ok || text.includes('Failed to connect')) {
		const reason = /<h4>([^<]*)<\/h4>(?:[\s\S]*?<pre class='reason'>([^<]*)<\/pre>)?/.exec(text);
		throw new Error(
			`n8n's OAuth2 callback answered ${done.status}: ${reason ? `${reason[1]} ${reason[2] ?? ''}` : text.slice(0, 300)}`,
		);
	}
}

/**
 * Saves every credential of the package for the sandbox, and connects the Rose Rocket OAuth2 one
 * through n8n's flow; answers each credential's id and name by type, as `importExample` wants.
 */
export async function createExampleCredentials(
	n8n: N8nServer,
	sandbox: Sandbox,
): Promise<Record<string, { id: string; name: string }>> {
	const saved: Record<string, { id: string; name: string }> = {};
	for (const credential of sandboxCredentials(sandbox)) {
		saved[credential.type] = await createCredential(n8n, credential);
	}
	saved.roseRocketOAuth2Api = await createCredential(n8n, {
		type: 'roseRocketOAuth2Api',
		name: 'Rose Rocket account',
		data: roseRocketOAuth2Data(sandbox),
	});
	await connectOAuth2(n8n, saved.roseRocketOAuth2Api.id);
	return saved;
}

/** Imports an example with its credentials set to the given ones (by credential type). */
export async function importExample(
	n8n: N8nServer,
	example: Example,
	credentials: Record<string, { id: string; name: string }>,
): Promise<string> {
	const nodes = example.nodes.map((node) => ({
		...node,
		credentials: node.credentials
			? Object.fromEntries(
					Object.keys(node.credentials).map((type) => {
						if (!credentials[type]) throw new Error(`${example.file} needs a ${type} credential`);
						return [type, credentials[type]];
					}),
				)
			: undefined,
	}));
	const { id } = await n8n.rest<{ id: string }>('POST', '/workflows', {
		name: example.name,
		nodes,
		connections: example.connections,
		settings: example.settings,
	});
	return id;
}
