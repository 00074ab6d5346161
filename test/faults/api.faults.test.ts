import { useSandbox } from '../harness/fixture';
import { faults, type Fault } from '../sandbox/authority';
import {
	captureLogs,
	credentialFor,
	operations,
	saveFigures,
	scenario,
	type OperationUnderTest,
	type World,
} from './world';

const world = useSandbox() as World;
beforeAll(captureLogs);
afterAll(() => saveFigures('api'));

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'];
const providerName = (operation: OperationUnderTest) =>
	/^(Rose Rocket|Blynk|Rokt|Roaring)/.exec(operation.label)![1];

async function run(
	operation: OperationUnderTest,
	options: {
		fault?: Fault;
		count?: number;
		items?: number;
		continueOnFail?: boolean;
		credentials?: Record<string, { id: string; name: string }>;
	} = {},
) {
	const credentials = options.credentials ?? (await credentialFor(world, operation.credentialType));
	const prepared = operation.prepare ? await operation.prepare(world, credentials) : {};
	const authority = operation.authority(world.sandbox);
	authority.apiLog.length = 0;
	for (let i = 0; i < (options.count ?? 1) && options.fault; i++)
		authority.apiFaults.push(options.fault);
	const tokensBefore = authority.tokenRequestCount();
	const result = await scenario(world, {
		type: operation.type,
		parameters: { ...operation.parameters, ...prepared },
		credentials,
		items: Array.from({ length: options.items ?? 1 }, (_unused, index) => ({ index })),
		continueOnFail: options.continueOnFail,
	});
	authority.apiFaults.length = 0;
	return {
		result,
		calls: [...authority.apiLog],
		tokenRequests: authority.tokenRequestCount() - tokensBefore,
	};
}

/** Whether the transport may repeat the operation's first request (429 and 5xx are retried then). */
async function isRepeatable(operation: OperationUnderTest): Promise<boolean> {
	const { calls } = await run(operation);
	return operation.idempotent === true || SAFE_METHODS.includes(calls[0].method);
}

describe.each(operations.map((operation) => [operation.label, operation] as const))(
	'%s',
	(_label, operation) => {
		const provider = providerName(operation);

		test('works against the sandbox (the baseline for the faults)', async () => {
			const { result, calls } = await run(operation);
			expect(result.error).toBeUndefined();
			expect(calls.length).toBeGreaterThan(0);
		});

		test('401 on every call: the token is renewed once and the request retried once, never looped', async () => {
			const credentials = await credentialFor(world, operation.credentialType);
			await run(operation, { credentials });
			const { result, calls, tokenRequests } = await run(operation, {
				fault: faults.status(401, { message: 'Unauthorized' }),
				count: 20,
				credentials,
			});
			expect(result.error?.message).toMatch(/401|renew/);
			// The transport's first send, its strict re-send that lets n8n renew, n8n's retry; n8n's
			// OAuth2 path (Rose Rocket) sends once more after its refresh.
			const oAuth2 = operation.credentialType === 'roseRocketOAuth2Api';
			expect(calls.length).toBeLessThanOrEqual(oAuth2 ? 4 : 3);
			expect(tokenRequests).toBeLessThanOrEqual(1);
		});

		test.each([403, 404, 409])(
			'HTTP %i: each item gets the error, paired, under Continue on Fail',
			async (status) => {
				const { result } = await run(operation, {
					fault: faults.status(status, { message: `planted ${status}` }),
					count: 20,
					items: 2,
					continueOnFail: true,
				});
				const errors = result.items.filter((item) => item.json.error !== undefined);
				expect(errors.length).toBeGreaterThan(0);
				for (const item of errors) {
					expect(item.json.error).toBe(`${provider} answered HTTP ${status}: planted ${status}`);
				}
			},
		);

		test.each([
			['seconds', () => '1'],
			['an HTTP date', () => new Date(Date.now() + 1000).toUTCString()],
		])('429 with Retry-After as %s: honoured and retried when safe', async (_form, retryAfter) => {
			const repeatable = await isRepeatable(operation);
			const { result, calls } = await run(operation, { fault: faults.rateLimited(retryAfter()) });
			expect(calls[0].status).toBe(429);
			if (repeatable) {
				expect(calls.length).toBeGreaterThan(1);
				expect(calls[1].status).not.toBe(429);
			} else {
				expect(result.error?.message).toMatch(new RegExp(`^${provider} answered HTTP 429`));
				expect(calls).toHaveLength(1);
			}
		});

		test('429 with a Retry-After beyond the cap: a clear error instead of a long wait', async () => {
			const repeatable = await isRepeatable(operation);
			const { result, calls } = await run(operation, { fault: faults.rateLimited('3600') });
			expect(result.error?.message).toMatch(
				new RegExp(
					`^${provider} answered HTTP 429${repeatable ? ' and asked to wait 3600 s' : ''}`,
				),
			);
			expect(calls).toHaveLength(1);
		});

		test('503: retried only when the request is safe to repeat', async () => {
			const repeatable = await isRepeatable(operation);
			const { result, calls } = await run(operation, { fault: faults.serverError(503) });
			if (repeatable) {
				expect(calls.map((call) => call.status).slice(0, 2)).toEqual([503, expect.any(Number)]);
				expect(calls[1].status).not.toBe(503);
			} else {
				expect(result.error?.message).toMatch(new RegExp(`^${provider} answered HTTP 503`));
				expect(calls).toHaveLength(1);
			}
		});

		test('a truncated JSON body, a huge body, a dropped connection: the run ends, items paired', async () => {
			for (const fault of [
				{
					status: 200,
					body: '{"data": [{"id": 1, "name": "cut',
					headers: { 'Content-Type': 'application/json' },
				},
				{ status: 200, body: { padding: 'x'.repeat(8 * 1024 * 1024) } },
				faults.hangUp(),
			] satisfies Fault[]) {
				const { result } = await run(operation, {
					fault,
					count: 5,
					items: 2,
					continueOnFail: true,
				});
				expect(result.items.length).toBeGreaterThanOrEqual(2);
			}
		});
	},
);
