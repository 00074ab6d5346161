import type { ICredentialDataDecryptedObject, INodeExecutionData } from 'n8n-workflow';

import { forgetAllTokens } from '../../dist/shared/oauth/tokenEngine';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/sandbox';
import { createEnvironment, runNode, type Environment, type RunResult } from './engine';
import { REQUEST_NODE_TYPE } from './requestNode';

/** A sandbox and an engine environment for one test file, started once and reset per test. */
export function useSandbox(options: SandboxOptions = {}) {
	const context = {} as { sandbox: Sandbox; environment: Environment };
	beforeAll(async () => {
		context.sandbox = await startSandbox(options);
		context.environment = await createEnvironment();
	});
	beforeEach(() => {
		context.sandbox.reset();
		// Token requests are counted per test, so no token may carry over from the last one.
		forgetAllTokens();
	});
	afterAll(async () => await context.sandbox.stop());
	return context;
}

let counter = 0;

/** Stores a credential and returns what a node's `credentials` entry needs. */
export function addCredential(
	environment: Environment,
	type: string,
	data: ICredentialDataDecryptedObject,
) {
	counter += 1;
	const details = environment.credentials.add({
		id: `cred-${counter}`,
		name: `${type} ${counter}`,
		type,
		data,
	});
	return { [type]: { id: details.id as string, name: details.name } };
}

/** Runs the request driver node: one authenticated request per item. */
export async function request(
	environment: Environment,
	credentialType: string,
	credentials: Record<string, { id: string; name: string }>,
	url: string,
	options: { items?: number; parallel?: boolean; continueOnFail?: boolean; method?: string } = {},
): Promise<RunResult> {
	const items: INodeExecutionData[] = Array.from(
		{ length: options.items ?? 1 },
		(_unused, index) => ({ json: { index } }),
	);
	return await runNode(environment, {
		type: REQUEST_NODE_TYPE,
		parameters: {
			credentialType,
			url,
			parallel: options.parallel ?? false,
			method: options.method ?? 'GET',
		},
		credentials,
		items,
		continueOnFail: options.continueOnFail,
	});
}

export function storedData(environment: Environment, credentials: Record<string, { id: string }>) {
	const [entry] = Object.values(credentials);
	return environment.credentials.store.get(entry.id)?.data ?? {};
}
