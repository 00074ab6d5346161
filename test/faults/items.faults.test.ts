import { useSandbox } from '../harness/fixture';
import { REQUEST_NODE_TYPE } from '../harness/requestNode';
import { faults } from '../sandbox/authority';
import {
	apiUrlFor,
	captureLogs,
	credentialFor,
	operations,
	preAuthCredentials,
	saveFigures,
	scenario,
	type OperationUnderTest,
	type World,
} from './world';

const world = useSandbox() as World;
beforeAll(captureLogs);
afterAll(() => saveFigures('items-and-concurrency'));

/**
 * Runs the operation for three items, the middle one meeting a 404 on its first API call (for
 * Rokt's batched Send, the one request of the batch). Each item gets its own prepared record.
 */
async function middleItemFails(operation: OperationUnderTest, continueOnFail: boolean) {
	const credentials = await credentialFor(world, operation.credentialType);
	const authority = operation.authority(world.sandbox);
	const prepare = async () =>
		operation.prepare ? await operation.prepare(world, credentials) : {};
	// One item's worth of API calls, to know where the middle item's first call falls.
	const warmUp = { ...operation.parameters, ...(await prepare()) };
	const callsBefore = authority.apiLog.length;
	await scenario(world, { type: operation.type, parameters: warmUp, credentials });
	const callsPerItem = authority.apiLog.length - callsBefore;
	const items = [];
	for (let n = 0; n < 3; n++) items.push({ n, ...(await prepare()) });
	const perItem = Object.fromEntries(
		Object.keys(items[0])
			.filter((key) => key !== 'n')
			.map((key) => [key, `={{ $json.${key} }}`]),
	);
	authority.failCallAfter(
		operation.idempotent ? 0 : callsPerItem,
		faults.status(404, { message: 'planted for item 1' }),
	);
	return await scenario(world, {
		type: operation.type,
		parameters: { ...operation.parameters, ...perItem },
		credentials,
		items,
		continueOnFail,
	});
}

describe.each(operations.map((operation) => [operation.label, operation] as const))(
	'%s',
	(_label, operation) => {
		// Rokt's Send batches consecutive items into one request: a failed batch fails them all.
		const batched = operation.idempotent === true;

		test('Continue on Fail: 3 items in, 3 answered, the error paired to its own item', async () => {
			const result = await middleItemFails(operation, true);
			const failed = result.items
				.filter((item) => item.json.error !== undefined)
				.map((item) => (item.pairedItem as { item: number }).item);
			expect([...new Set(failed)]).toEqual(batched ? [0, 1, 2] : [1]);
		});

		test('without it, the error stops the node and names the item', async () => {
			const result = await middleItemFails(operation, false);
			expect(result.error?.message).toMatch(
				batched ? /\[item 0\]$/ : /planted for item 1 \[item 1\]$/,
			);
		});
	},
);

describe.each(preAuthCredentials.map((credential) => [credential.type, credential] as const))(
	'%s: 50 requests in flight across an expiry',
	(type, credential) => {
		test('one node, 50 items sent at once: exactly one token request, no failed item', async () => {
			const credentials = await credentialFor(world, type);
			const parameters = {
				credentialType: type,
				url: apiUrlFor(world.sandbox, type),
				method: 'GET',
				parallel: true,
			};
			await scenario(world, { type: REQUEST_NODE_TYPE, parameters, credentials });
			const authority = credential.authority(world.sandbox);
			authority.expireAll();
			const before = authority.tokenRequestCount();
			const result = await scenario(world, {
				type: REQUEST_NODE_TYPE,
				parameters,
				credentials,
				items: Array.from({ length: 50 }, (_unused, index) => ({ index })),
				continueOnFail: true,
			});
			expect(result.items.filter((item) => item.json.error !== undefined)).toEqual([]);
			expect(authority.tokenRequestCount() - before).toBe(1);
		});

		test('50 executions at once: exactly one token request, no failed item', async () => {
			const credentials = await credentialFor(world, type);
			const parameters = {
				credentialType: type,
				url: apiUrlFor(world.sandbox, type),
				method: 'GET',
			};
			await scenario(world, { type: REQUEST_NODE_TYPE, parameters, credentials });
			const authority = credential.authority(world.sandbox);
			authority.expireAll();
			const before = authority.tokenRequestCount();
			const results = await Promise.all(
				Array.from(
					{ length: 50 },
					async () => await scenario(world, { type: REQUEST_NODE_TYPE, parameters, credentials }),
				),
			);
			expect(results.filter((result) => result.error !== undefined)).toEqual([]);
			expect(authority.tokenRequestCount() - before).toBe(1);
		});
	},
);
