import { useSandbox } from '../harness/fixture';
import { REQUEST_NODE_TYPE } from '../harness/requestNode';
import type { Fault } from '../sandbox/authority';
import {
	apiUrlFor,
	captureLogs,
	credentialFor,
	operations,
	preAuthCredentials,
	saveFigures,
	scenario,
	type World,
} from './world';

const world = useSandbox() as World;
beforeAll(captureLogs);
afterAll(() => saveFigures('fuzz'));

const SEED = 20261122;
const TOKEN_CASES = 1500;
const API_CASES = 1500;

/** mulberry32: a small seeded generator, so every run fuzzes the same cases. */
function generator(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (max: number) => Math.floor(next() * max);
	const pick = <T>(list: readonly T[]): T => list[int(list.length)];
	return { next, int, pick };
}

const random = generator(SEED);

const KEYS = [
	'access_token',
	'token_type',
	'expires_in',
	'refresh_token',
	'scope',
	'data',
	'error',
	'error_description',
	'error_message',
	'message',
	'content',
	'totalElements',
	'results',
	'total',
	'orders',
	'customers',
	'links',
	'rel',
	'href',
	'templated',
	'properties',
	'elements',
	'actions',
	'name',
	'method',
	'fields',
	'_links',
	'next',
	'entities',
	'id',
] as const;

/** The secrets and tokens the credential in use holds right now: what a provider could echo. */
function heldSecrets(credentials: Record<string, { id: string; name: string }>): string[] {
	const [entry] = Object.values(credentials);
	const data = world.environment.credentials.store.get(entry.id)?.data ?? {};
	const values: string[] = [];
	const collect = (value: unknown, key: string) => {
		if (typeof value === 'string' && /secret|password|token/i.test(key) && !/url/i.test(key))
			values.push(value);
		else if (value && typeof value === 'object')
			Object.entries(value).forEach(([name, inner]) => collect(inner, name));
	};
	collect(data, '');
	return values.filter((value) => value.length >= 6);
}

let planted: string[] = [];

/** A secret of the credential in use, in a form a provider might echo: it must never come out. */
function plantedSecret(): string {
	if (planted.length === 0) return 'nothing-planted';
	const secret = random.pick(planted);
	const form = random.int(4);
	if (form === 0) return secret;
	if (form === 1) return encodeURIComponent(secret);
	if (form === 2) return Buffer.from(secret).toString('base64');
	return `Basic ${Buffer.from(`client:${secret}`).toString('base64')}`;
}

function randomString(): string {
	switch (random.int(8)) {
		case 0:
			return '';
		case 1:
			return `invalid token ${plantedSecret()} was refused`;
		case 2:
			return 'x'.repeat(random.int(5000));
		case 3:
			return `http://${random.pick(['127.0.0.1', '169.254.169.254', 'evil.example', 'user:pw@127.0.0.1'])}:${random.int(65536)}/${random.int(99)}`;
		case 4:
			return String.fromCharCode(
				...Array.from({ length: random.int(40) }, () => random.int(0xffff)),
			);
		case 5:
			return random.pick(['Bearer', 'bearer', 'mac', 'DPoP', 'null', '{', '<html>']);
		default:
			return random
				.next()
				.toString(36)
				.slice(2, 2 + random.int(30));
	}
}

function randomValue(depth: number): unknown {
	const kind = random.int(depth > 3 ? 5 : 8);
	switch (kind) {
		case 0:
			return null;
		case 1:
			return random.next() < 0.5;
		case 2:
			return random.pick([0, -1, 1e308, 3600, Number.MAX_SAFE_INTEGER, 0.5, -3600]);
		case 3:
		case 4:
			return randomString();
		case 5:
			return Array.from({ length: random.int(6) }, () => randomValue(depth + 1));
		default:
			return Object.fromEntries(
				Array.from({ length: random.int(6) }, () => [random.pick(KEYS), randomValue(depth + 1)]),
			);
	}
}

/** A random answer: JSON of random shape, cut short, not JSON at all, odd statuses and types. */
function randomResponse(): Fault {
	const json = JSON.stringify(randomValue(0)) ?? 'null';
	const body = random.pick([
		json,
		json,
		json,
		json.slice(0, random.int(json.length + 1)),
		`<html><body>${randomString()}</body></html>`,
		randomString(),
		'',
	]);
	const status = random.pick([
		200, 200, 200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502,
	]);
	const contentType = random.pick([
		'application/json',
		'application/json; charset=utf-8',
		'application/hal+json',
		'text/html',
		'text/plain',
	]);
	const headers: Record<string, string> = { 'Content-Type': contentType };
	if (status === 429 && random.next() < 0.5)
		headers['Retry-After'] = random.pick(['0', 'soon', '-5', '99999']);
	return { status, body, headers };
}

test(`${TOKEN_CASES} random token responses: the node process never crashes and no secret leaks`, async () => {
	for (let index = 0; index < TOKEN_CASES; index++) {
		const credential = preAuthCredentials[index % preAuthCredentials.length];
		const credentials = await credentialFor(world, credential.type);
		const authority = credential.authority(world.sandbox);
		planted = heldSecrets(credentials);
		authority.tokenFaults.length = 0;
		authority.tokenFaults.push(randomResponse());
		const result = await scenario(world, {
			label: `case ${index}, ${credential.type}`,
			type: REQUEST_NODE_TYPE,
			parameters: {
				credentialType: credential.type,
				url: apiUrlFor(world.sandbox, credential.type),
				method: 'GET',
			},
			credentials,
			continueOnFail: true,
		});
		expect(result.items).toHaveLength(1);
		authority.tokenFaults.length = 0;
	}
});

test(`${API_CASES} random API responses across every operation: no crash, items paired, no secret leaks`, async () => {
	const credentialsByType = new Map<string, Record<string, { id: string; name: string }>>();
	for (let index = 0; index < API_CASES; index++) {
		const operation = operations[index % operations.length];
		if (!credentialsByType.has(operation.credentialType))
			credentialsByType.set(
				operation.credentialType,
				await credentialFor(world, operation.credentialType),
			);
		const credentials = credentialsByType.get(operation.credentialType)!;
		const authority = operation.authority(world.sandbox);
		authority.apiFaults.length = 0;
		const prepared = operation.prepare ? await operation.prepare(world, credentials) : {};
		planted = heldSecrets(credentials);
		authority.apiFaults.push(randomResponse(), randomResponse());
		await scenario(world, {
			label: `case ${index}, ${operation.label}`,
			allowEmpty: true,
			type: operation.type,
			parameters: {
				...operation.parameters,
				...prepared,
				...(operation.label.startsWith('Roaring link') ? { options: { maxPages: 3 } } : {}),
			},
			credentials,
			items: [{}, {}],
			continueOnFail: true,
		});
		authority.apiFaults.length = 0;
	}
});
