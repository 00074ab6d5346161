/* eslint-disable @n8n/community-nodes/no-restricted-globals -- benchmark code, never shipped */
import { createCredential, sandboxCredentials } from '../test/e2e/examples';
import { webhookChain, type N8nServer } from '../test/e2e/n8nServer';
import { genericAccounts } from '../test/sandbox/providers/generic';
import type { Sandbox } from '../test/sandbox/sandbox';
import { elapsedMs, median, ratio, round } from './stats';

const HTTP_REQUEST = { type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2 };

let hooks = 0;

/**
 * A webhook-started workflow: an HTTP Request that makes `count` input items (the sandbox's item
 * list), then the node under test; answers with its items. Executions are not saved.
 */
async function benchWorkflow(
	n8n: N8nServer,
	itemsFrom: string,
	count: number,
	node: Record<string, unknown>,
): Promise<() => Promise<unknown[]>> {
	hooks += 1;
	const path = `bench-${hooks}`;
	const call = await webhookChain(
		n8n,
		path,
		[
			{
				name: 'Items',
				...HTTP_REQUEST,
				parameters: { url: `${itemsFrom}/__sandbox/items?count=${count}`, options: {} },
			},
			node,
		],
		{ saveDataSuccessExecution: 'none', saveManualExecutions: false },
	);
	return async () => {
		const response = await call();
		if (response.status !== 200) throw new Error(`Webhook ${path} answered ${response.status}`);
		return response.body as unknown[];
	};
}

export interface TokenEconomyCase {
	credential: string;
	requests: number;
	inFlight: number;
	expiries: number;
	tokenRequests: number;
	minimum: number;
	failedItems: number;
}

/**
 * 5,000 authenticated GETs, 50 in flight (100 runs of a 50-item HTTP Request node, which sends
 * an execution's items at once), with every token expiring each 1,000 API calls: how many token
 * requests each credential makes.
 */
export async function measureTokenEconomy(
	n8n: N8nServer,
	sandbox: Sandbox,
): Promise<TokenEconomyCase[]> {
	const generic = sandbox.urls.generic;
	const ours = sandboxCredentials(sandbox).find(
		(entry) => entry.type === 'genericClientCredentialsOAuth2Api',
	)!;
	// The same client for both: one n8n's OAuth2 credential can authenticate (see plainClient).
	ours.data = { ...ours.data, ...genericAccounts.plainClient };
	const credentials = [
		{
			label: 'This package: OAuth2 Client Credentials (Generic)',
			type: ours.type,
			data: ours.data,
		},
		{
			label: "n8n's OAuth2 API credential, Client Credentials grant",
			type: 'oAuth2Api',
			data: {
				grantType: 'clientCredentials',
				accessTokenUrl: `${generic}/oauth/token`,
				clientId: genericAccounts.plainClient.clientId,
				clientSecret: genericAccounts.plainClient.clientSecret,
				scope: '',
				authentication: 'header',
			},
		},
	];
	const authority = sandbox.providers.generic.authorities.oauth;
	const cases: TokenEconomyCase[] = [];
	for (const credential of credentials) {
		const saved = await createCredential(n8n, { ...credential, name: credential.label });
		const run = await benchWorkflow(n8n, generic, 50, {
			...HTTP_REQUEST,
			parameters: {
				url: `${generic}/api/me`,
				authentication:
					credential.type === 'oAuth2Api' ? 'genericCredentialType' : 'predefinedCredentialType',
				...(credential.type === 'oAuth2Api'
					? { genericAuthType: 'oAuth2Api' }
					: { nodeCredentialType: credential.type }),
				// Not "Never Error": n8n renews a token only when the request fails with 401.
				options: { response: { response: { fullResponse: true } } },
			},
			// A failed item becomes an output item with its error, to be counted.
			onError: 'continueRegularOutput',
			credentials: { [credential.type]: saved },
		});
		authority.expireAll();
		authority.expireEveryCalls(1000);
		const before = authority.tokenRequestCount();
		let failedItems = 0;
		for (let execution = 0; execution < 100; execution++) {
			const items = (await run()) as Array<{ statusCode?: number }>;
			failedItems += items.filter((item) => item.statusCode !== 200).length;
		}
		authority.expireEveryCalls(0);
		const tokenRequests = authority.tokenRequestCount() - before;
		cases.push({
			credential: credential.label,
			requests: 5000,
			inFlight: 50,
			expiries: 4,
			tokenRequests,
			minimum: 5,
			failedItems,
		});
	}
	return cases;
}

export interface ThroughputCase {
	concurrency: number;
	requests: number;
	oursPerSecond: number;
	httpRequestPerSecond: number;
	rawPerSecond: number;
	ratioToHttpRequest: number;
	ratioToRaw: number;
}

/** Runs `total` calls of `run`, `concurrency` at a time; answers calls per second. */
async function rate(
	run: () => Promise<unknown>,
	total: number,
	concurrency: number,
): Promise<number> {
	let next = 0;
	const start = process.hrtime.bigint();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < total) {
				next += 1;
				await run();
			}
		}),
	);
	return (total / elapsedMs(start)) * 1000;
}

/**
 * 2,000 GETs of one Blynk device: through the Blynk node and through n8n's HTTP Request node with
 * the same credential, one request per execution, 1 or 20 executions at a time; and a plain
 * request loop in this process at the same concurrency, as the limit.
 */
export async function measureThroughput(
	n8n: N8nServer,
	sandbox: Sandbox,
	total = 2000,
	chunks = 4,
): Promise<ThroughputCase[]> {
	const blynk = sandbox.urls.blynk;
	const spec = sandboxCredentials(sandbox).find((entry) => entry.type === 'blynkApi')!;
	const saved = await createCredential(n8n, {
		type: spec.type,
		name: 'Blynk benchmark',
		data: spec.data,
	});
	const deviceUrl = `${blynk}/api/v1/organization/device?deviceId=1`;
	const ours = await benchWorkflow(n8n, blynk, 1, {
		type: 'n8n-nodes-oauth-connectors.blynk',
		typeVersion: 1,
		parameters: { resource: 'device', operation: 'get', deviceId: 1 },
		credentials: { blynkApi: saved },
	});
	const anchor = await benchWorkflow(n8n, blynk, 1, {
		...HTTP_REQUEST,
		parameters: {
			url: deviceUrl,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'blynkApi',
			options: {},
		},
		credentials: { blynkApi: saved },
	});
	await ours();
	await anchor();
	const token = sandbox.providers.blynk.authorities.oauth.tokens.keys().next().value as string;
	const raw = async () => {
		const response = await fetch(deviceUrl, { headers: { Authorization: `Bearer ${token}` } });
		await response.json();
	};
	const cases: ThroughputCase[] = [];
	for (const concurrency of [1, 20]) {
		const oursRates: number[] = [];
		const anchorRates: number[] = [];
		const rawRates: number[] = [];
		// Interleaved chunks, so drift on a shared machine hits both sides alike.
		for (let chunk = 0; chunk < chunks; chunk++) {
			oursRates.push(await rate(ours, total / chunks, concurrency));
			anchorRates.push(await rate(anchor, total / chunks, concurrency));
			rawRates.push(await rate(raw, total / chunks, concurrency));
		}
		cases.push({
			concurrency,
			requests: total,
			oursPerSecond: round(median(oursRates), 0),
			httpRequestPerSecond: round(median(anchorRates), 0),
			rawPerSecond: round(median(rawRates), 0),
			ratioToHttpRequest: ratio(median(oursRates), median(anchorRates)),
			ratioToRaw: ratio(median(oursRates), median(rawRates)),
		});
	}
	return cases;
}
