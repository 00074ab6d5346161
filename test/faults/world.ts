/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- test infrastructure, never shipped */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { LoggerProxy, type IDataObject, type Logger } from 'n8n-workflow';

import { sandboxCredentials } from '../e2e/examples';
import { noFigures, type Figures } from './figures';
import { runNode, type Environment, type RunResult } from '../harness/engine';
import { addCredential } from '../harness/fixture';
import { connectRoseRocket, roseRocketOAuth2Fields } from '../harness/roseRocketOAuth2';
import type { Authority } from '../sandbox/authority';
import { blynkAccounts } from '../sandbox/providers/blynk';
import { genericAccounts } from '../sandbox/providers/generic';
import { roaringAccounts } from '../sandbox/providers/roaring';
import { roktAccounts } from '../sandbox/providers/rokt';
import { roseRocketAccounts } from '../sandbox/providers/roseRocket';
import type { Sandbox } from '../sandbox/sandbox';

export interface World {
	sandbox: Sandbox;
	environment: Environment;
}

// ---------------------------------------------------------------------------------------------
// Secrets: every secret the sandbox accounts hold and every token the sandbox ever issued, in
// every form they could take on the wire or in a message.

const accountSecrets: Array<{ id?: string; secret: string }> = [
	{ id: blynkAccounts.client.clientId, secret: blynkAccounts.client.clientSecret },
	{ id: roktAccounts.app.appId, secret: roktAccounts.app.appSecret },
	{ id: roaringAccounts.client.clientId, secret: roaringAccounts.client.clientSecret },
	{ id: roaringAccounts.user.username, secret: roaringAccounts.user.password },
	{ id: genericAccounts.client.clientId, secret: genericAccounts.client.clientSecret },
	{ id: genericAccounts.user.username, secret: genericAccounts.user.password },
	{ id: genericAccounts.plainClient.clientId, secret: genericAccounts.plainClient.clientSecret },
	{
		id: roseRocketAccounts.oauthClient.clientId,
		secret: roseRocketAccounts.oauthClient.clientSecret,
	},
	{ id: roseRocketAccounts.legacyApp.clientId, secret: roseRocketAccounts.legacyApp.clientSecret },
	{ id: roseRocketAccounts.legacyUser.username, secret: roseRocketAccounts.legacyUser.password },
];

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** The forms a secret can take: as is, URL- and form-encoded, base64(url), and in a Basic header. */
function formsOf(secret: string, id?: string): string[] {
	const forms = new Set([
		secret,
		encodeURIComponent(secret),
		new URLSearchParams({ s: secret }).toString().slice(2),
		JSON.stringify(secret).slice(1, -1),
		base64(secret).replace(/=+$/, ''),
		base64url(secret),
	]);
	if (id !== undefined) {
		forms.add(base64(`${id}:${secret}`).replace(/=+$/, ''));
		forms.add(base64(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).replace(/=+$/, ''));
	}
	return [...forms].filter((form) => form.length >= 6);
}

/** Every form of every planted secret and issued token, found in a text (with where it was). */
export function secretsIn(text: string, sandbox: Sandbox): string[] {
	const where = (form: string) => {
		const at = text.indexOf(form);
		return JSON.stringify(text.slice(Math.max(0, at - 120), at + form.length + 40));
	};
	const tokens = Object.values(sandbox.providers).flatMap((provider) =>
		Object.values(provider.authorities as Record<string, Authority>).flatMap((authority) => [
			...authority.everIssued,
		]),
	);
	const found: string[] = [];
	for (const { id, secret } of accountSecrets) {
		const form = formsOf(secret, id).find((candidate) => text.includes(candidate));
		if (form) found.push(`secret of ${id} in ${where(form)}`);
	}
	for (const token of tokens) {
		const form = formsOf(token).find((candidate) => text.includes(candidate));
		if (form) found.push(`token ${token.slice(0, 6)}… in ${where(form)}`);
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// Logs: n8n's logger and the console, captured for the secret scan.

export const capturedLogs: string[] = [];

const safeJson = (value: unknown): string => {
	const seen = new WeakSet();
	return JSON.stringify(value, (_key, entry: unknown) => {
		if (typeof entry === 'object' && entry !== null) {
			if (seen.has(entry)) return '[cycle]';
			seen.add(entry);
		}
		if (entry instanceof Error)
			return { ...entry, name: entry.name, message: entry.message, stack: entry.stack };
		return entry;
	});
};

export function captureLogs(): void {
	const record =
		(level: string) =>
		(message: string, meta?: unknown): void => {
			capturedLogs.push(`${level} ${message} ${meta === undefined ? '' : safeJson(meta)}`);
		};
	LoggerProxy.init({
		error: record('error'),
		warn: record('warn'),
		info: record('info'),
		debug: record('debug'),
		scoped: () => LoggerProxy as unknown as Logger,
	} as unknown as Logger);
	for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			capturedLogs.push(`console.${method} ${args.map((arg) => safeJson(arg)).join(' ')}`);
		});
	}
}

// ---------------------------------------------------------------------------------------------
// Figures, summed over the suite by the reporter (test/faults/figures.report.ts).

export const figures: Figures = noFigures();

/** Writes this file's figures where the reporter collects them. */
export function saveFigures(name: string): void {
	const dir = path.resolve(__dirname, '..', '..', 'reports', 'faults');
	mkdirSync(dir, { recursive: true });
	figures.logLines = capturedLogs.length;
	writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(figures));
}

/**
 * Everything a scenario left where a user or a log could see it: the whole execution as n8n
 * stores it (output items, error, its description and context) and the logs since `logStart`.
 */
export function exposedText(result: RunResult, logStart: number): string {
	return [safeJson(result.run.data), safeJson(result.error), ...capturedLogs.slice(logStart)].join(
		'\n',
	);
}

/**
 * Runs one scenario through the engine and checks what holds for every scenario: the run ends,
 * N items in give N items out under Continue on Fail, each error item is paired to its input,
 * no secret is exposed, and nothing reached the foreign origin with a credential.
 */
export async function scenario(
	world: World,
	options: {
		/** Named in a failure, where one test runs many scenarios. */
		label?: string;
		/**
		 * A successful empty answer (a list with nothing in it) gives no item for its input, as in
		 * n8n's own nodes; then only inputs that answered are counted and checked.
		 */
		allowEmpty?: boolean;
		type: string;
		parameters: IDataObject;
		credentials: Record<string, { id: string; name: string }>;
		items?: IDataObject[];
		continueOnFail?: boolean;
	},
): Promise<RunResult> {
	const logStart = capturedLogs.length;
	const foreignBefore = world.sandbox.providers.foreign.arrivals.length;
	const items = options.items ?? [{}];
	const result = await runNode(world.environment, {
		type: options.type,
		parameters: options.parameters,
		credentials: options.credentials,
		items: items.map((json) => ({ json })),
		continueOnFail: options.continueOnFail,
	});
	try {
		return checkScenario(world, options, items, result, logStart, foreignBefore);
	} catch (error) {
		if (options.label && error instanceof Error)
			error.message = `${options.label}: ${error.message}`;
		throw error;
	}
}

function checkScenario(
	world: World,
	options: { continueOnFail?: boolean; allowEmpty?: boolean },
	items: IDataObject[],
	result: RunResult,
	logStart: number,
	foreignBefore: number,
): RunResult {
	const arrivals = world.sandbox.providers.foreign.arrivals.slice(foreignBefore);
	const leaks = secretsIn(exposedText(result, logStart), world.sandbox);
	figures.scenarios += 1;
	figures.itemsIn += options.continueOnFail ? items.length : 0;
	figures.itemsOut += options.continueOnFail ? pairedInputs(result).size : 0;
	figures.secretsFound += leaks.length;
	figures.foreignRequests += arrivals.length;
	figures.foreignRequestsWithCredentials += arrivals.filter(
		(arrival) => arrival.authorization || /token|secret|password/i.test(arrival.query),
	).length;
	expect(leaks).toEqual([]);
	expect(arrivals.filter((arrival) => arrival.authorization)).toEqual([]);
	if (options.continueOnFail) {
		expect(result.error).toBeUndefined();
		const answered = [...pairedInputs(result)].sort((a, b) => a - b);
		if (options.allowEmpty)
			expect(answered.every((index) => index >= 0 && index < items.length)).toBe(true);
		else expect(answered).toEqual(items.map((_item, index) => index));
		for (const item of result.items) {
			if (item.json.error !== undefined) expect(String(item.json.error)).not.toBe('');
		}
	}
	return result;
}

/** The input indexes the output items are paired to. */
function pairedInputs(result: RunResult): Set<number> {
	return new Set(
		result.items.map((item) => {
			const paired = item.pairedItem as { item: number } | Array<{ item: number }> | undefined;
			return Array.isArray(paired) ? (paired[0]?.item ?? -1) : (paired?.item ?? -1);
		}),
	);
}

// ---------------------------------------------------------------------------------------------
// The package's preAuthentication credentials and the operations of its nodes.

export interface CredentialUnderTest {
	type: string;
	authority: (sandbox: Sandbox) => Authority;
	/** Whether the grant can log in afresh when its refresh token is refused. */
	freshGrant: boolean;
	/** Whether the grant issues refresh tokens in the sandbox. */
	refreshes: boolean;
}

export const preAuthCredentials: CredentialUnderTest[] = [
	{
		type: 'blynkApi',
		authority: (s) => s.providers.blynk.authorities.oauth,
		freshGrant: true,
		refreshes: true,
	},
	{
		type: 'roktApi',
		authority: (s) => s.providers.rokt.authorities.oauth,
		freshGrant: true,
		refreshes: false,
	},
	{
		type: 'roaringApi',
		authority: (s) => s.providers.roaring.authorities.oauth,
		freshGrant: true,
		refreshes: true,
	},
	{
		type: 'roseRocketLegacyApi',
		authority: (s) => s.providers.roseRocket.authorities.legacy,
		freshGrant: true,
		refreshes: false,
	},
	{
		type: 'genericClientCredentialsOAuth2Api',
		authority: (s) => s.providers.generic.authorities.oauth,
		freshGrant: true,
		refreshes: false,
	},
	{
		type: 'genericPasswordGrantOAuth2Api',
		authority: (s) => s.providers.generic.authorities.oauth,
		freshGrant: true,
		refreshes: true,
	},
];

/** A stored credential of `type` pointed at the sandbox. */
export async function credentialFor(
	world: World,
	type: string,
): Promise<Record<string, { id: string; name: string }>> {
	if (type === 'roseRocketOAuth2Api') {
		const data = await connectRoseRocket(
			world.environment,
			world.sandbox,
			roseRocketOAuth2Fields(world.sandbox),
		);
		return addCredential(world.environment, type, data);
	}
	const spec = sandboxCredentials(world.sandbox).find((entry) => entry.type === type);
	if (!spec) throw new Error(`No sandbox credential for ${type}`);
	return addCredential(world.environment, type, spec.data);
}

export const apiUrlFor = (sandbox: Sandbox, type: string): string =>
	sandboxCredentials(sandbox).find((entry) => entry.type === type)!.apiUrl;

export interface OperationUnderTest {
	label: string;
	type: string;
	credentialType: string;
	parameters: IDataObject;
	authority: (sandbox: Sandbox) => Authority;
	/** Sends an Idempotency-Key, so the transport may repeat it whatever its method. */
	idempotent?: boolean;
	/** Creates what the operation needs (a record to get, say) and answers parameter overrides. */
	prepare?: (
		world: World,
		credentials: Record<string, { id: string; name: string }>,
	) => Promise<IDataObject>;
}

const P = 'n8n-nodes-oauth-connectors.';
const blynk = (label: string, parameters: IDataObject): OperationUnderTest => ({
	label: `Blynk ${label}`,
	type: `${P}blynk`,
	credentialType: 'blynkApi',
	parameters,
	authority: (s) => s.providers.blynk.authorities.oauth,
});
const rokt = (label: string, parameters: IDataObject, idempotent = false): OperationUnderTest => ({
	label: `Rokt ${label}`,
	type: `${P}rokt`,
	credentialType: 'roktApi',
	parameters,
	authority: (s) => s.providers.rokt.authorities.oauth,
	idempotent,
});
const roaring = (label: string, parameters: IDataObject): OperationUnderTest => ({
	label: `Roaring ${label}`,
	type: `${P}roaring`,
	credentialType: 'roaringApi',
	parameters,
	authority: (s) => s.providers.roaring.authorities.oauth,
});
const roseRocket = (
	label: string,
	parameters: IDataObject,
	prepare?: OperationUnderTest['prepare'],
): OperationUnderTest => ({
	label: `Rose Rocket ${label}`,
	type: `${P}roseRocket`,
	credentialType: 'roseRocketOAuth2Api',
	parameters: { authentication: 'oAuth2', ...parameters },
	authority: (s) => s.providers.roseRocket.authorities.oauth,
	prepare,
});

/** Creates a Rose Rocket order to read, change or delete; answers its ID as Record ID. */
const anOrder: OperationUnderTest['prepare'] = async (world, credentials) => {
	const created = await runNode(world.environment, {
		type: `${P}roseRocket`,
		parameters: { authentication: 'oAuth2', resource: 'order', operation: 'create', fields: '{}' },
		credentials,
	});
	return { recordId: String(created.items[0].json.id) };
};

/** Makes sure the orders board has an order for a search to find. */
const someOrder: OperationUnderTest['prepare'] = async (world, credentials) => {
	await anOrder(world, credentials);
	return {};
};
const roseRocketLegacy = (label: string, parameters: IDataObject): OperationUnderTest => ({
	label: `Rose Rocket legacy ${label}`,
	type: `${P}roseRocket`,
	credentialType: 'roseRocketLegacyApi',
	parameters: { authentication: 'legacy', ...parameters },
	authority: (s) => s.providers.roseRocket.authorities.legacy,
});

/** Every operation of every node, with parameters that work against the sandbox. */
export const operations: OperationUnderTest[] = [
	blynk('device: get many', {
		resource: 'device',
		operation: 'getAll',
		returnAll: false,
		limit: 3,
	}),
	blynk('device: get', { resource: 'device', operation: 'get', deviceId: 1 }),
	blynk('device: search', { resource: 'device', operation: 'search', query: 'sensor 2' }),
	blynk('device: create', {
		resource: 'device',
		operation: 'create',
		templateId: 'TMPL_A',
		name: 'F',
	}),
	blynk('datastream: get history', {
		resource: 'datastream',
		operation: 'getHistory',
		deviceId: 3,
		pin: 'V1',
		from: '2026-11-01T00:00:00Z',
		to: '2026-11-01T02:00:00Z',
		returnAll: true,
	}),
	blynk('user: create', {
		resource: 'user',
		operation: 'create',
		email: 'f@example.com',
		name: 'F',
	}),
	blynk('custom API call', {
		resource: 'customApiCall',
		operation: 'send',
		method: 'GET',
		path: '/devices',
	}),
	rokt(
		'event: send',
		{
			resource: 'event',
			operation: 'send',
			accountId: '3001',
			clientEventId: '={{ "evt-" + $itemIndex }}',
			eventType: 'conversion',
			eventTime: '2026-11-20T10:00:00Z',
			objectData: { attribute: [{ name: 'conversiontype', value: 'purchase' }] },
		},
		true,
	),
	rokt('query: list accounts', { resource: 'query', operation: 'listAccounts' }),
	rokt('query: get allowed fields', {
		resource: 'query',
		operation: 'getAllowedFields',
		accountId: '3001',
		report: 'transactions',
	}),
	rokt('query: run report', {
		resource: 'query',
		operation: 'runReport',
		accountId: '3001',
		report: 'campaigns',
		startDate: '2026-01-01',
		endDate: '2026-01-03',
		metrics: 'impressions',
		dimensions: 'campaign',
	}),
	rokt('custom API call', {
		resource: 'customApiCall',
		operation: 'send',
		method: 'GET',
		path: '/v1/query/accounts',
	}),
	roaring('link: get root', { resource: 'link', operation: 'getRoot' }),
	roaring('link: follow', {
		resource: 'link',
		operation: 'follow',
		startFrom: 'root',
		relations: 'subaccounts',
	}),
	roaring('link: list elements', {
		resource: 'link',
		operation: 'listElements',
		startFrom: 'root',
		relations: 'changelogs',
		variables: '{"type": "API"}',
		returnAll: true,
	}),
	roaring('sub-account: get many', {
		resource: 'subAccount',
		operation: 'getAll',
		returnAll: true,
	}),
	roaring('sub-account: create', {
		resource: 'subAccount',
		operation: 'create',
		name: 'New AB',
		organisationNumber: '556000-0002',
		email: 'new@example.com',
		additionalFields: '{}',
	}),
	roaring('action: run', {
		resource: 'action',
		operation: 'run',
		startFrom: 'root',
		relations: 'subaccounts',
		actionName: 'create',
		body: '{"name": "Via Action AB", "organisationNumber": "5560000003", "email": "a@example.com"}',
	}),
	roaring('custom API call', {
		resource: 'customApiCall',
		operation: 'send',
		method: 'GET',
		path: '/',
	}),
	roseRocket('order: create', {
		resource: 'order',
		operation: 'create',
		fields: '{"status": "new"}',
	}),
	roseRocket('order: get', { resource: 'order', operation: 'get' }, anOrder),
	roseRocket(
		'order: update',
		{ resource: 'order', operation: 'update', fields: '{"status": "booked"}' },
		anOrder,
	),
	roseRocket('order: upsert', {
		resource: 'order',
		operation: 'upsert',
		externalId: 'EXT-F',
		fields: '{"status": "new"}',
	}),
	roseRocket(
		'order: search',
		{ resource: 'order', operation: 'search', boardId: 'board_orders', limit: 5 },
		someOrder,
	),
	roseRocket('order: delete', { resource: 'order', operation: 'deleteRecord' }, anOrder),
	roseRocket('object: create', {
		resource: 'object',
		operation: 'create',
		objectKey: 'task',
		fields: '{"title": "Call"}',
	}),
	roseRocket('customer: create', {
		resource: 'customer',
		operation: 'create',
		fields: '{"name": "Acme"}',
	}),
	roseRocket('custom API call', {
		resource: 'customApiCall',
		operation: 'send',
		method: 'GET',
		path: '/boards/nav',
	}),
	roseRocketLegacy('order: get', { resource: 'orderV1', operation: 'get', orderId: 'ord_010' }),
	roseRocketLegacy('order: search', {
		resource: 'orderV1',
		operation: 'search',
		returnAll: false,
		limit: 5,
	}),
	roseRocketLegacy('order: create', {
		resource: 'orderV1',
		operation: 'create',
		customerId: 'cus_001',
		order: '{"external_id": "PO-F"}',
	}),
	roseRocketLegacy('customer: get', {
		resource: 'customerV1',
		operation: 'get',
		customerId: 'cus_001',
	}),
	roseRocketLegacy('customer: search', {
		resource: 'customerV1',
		operation: 'search',
		returnAll: false,
		limit: 5,
	}),
	roseRocketLegacy('customer: upsert', {
		resource: 'customerV1',
		operation: 'upsert',
		externalId: 'EXT-C-3',
		customer: '{"name": "Renamed"}',
	}),
	roseRocketLegacy('custom API call', {
		resource: 'customApiCall',
		operation: 'send',
		method: 'GET',
		path: '/orders',
	}),
];
