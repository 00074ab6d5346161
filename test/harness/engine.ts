/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test infrastructure, never shipped */
import { ExecutionLifecycleHooks, PackageDirectoryLoader, WorkflowExecute } from 'n8n-core';
import { httpRequest } from 'n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions';
import {
	createRunExecutionData,
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import path from 'node:path';

import { InMemoryCredentialsHelper } from './credentialsHelper';
import { AuthenticatedRequest, NoOp, REQUEST_NODE_TYPE } from './requestNode';

const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

/**
 * n8n's OAuth2 base type lives in n8n-nodes-base, which is not a dependency here. This declares
 * the fields n8n-core's OAuth2 path reads, with n8n's defaults.
 */
const oAuth2Api: ICredentialType = {
	name: 'oAuth2Api',
	displayName: 'OAuth2 API',
	genericAuth: true,
	properties: [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [
				{ name: 'Authorization Code', value: 'authorizationCode' },
				{ name: 'Client Credentials', value: 'clientCredentials' },
			],
			default: 'authorizationCode',
		},
		{ displayName: 'Authorization URL', name: 'authUrl', type: 'string', default: '' },
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '' },
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '' },
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'string',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'Header', value: 'header' },
				{ name: 'Body', value: 'body' },
			],
			default: 'header',
		},
	],
};

export interface LoadedPackage {
	packageName: string;
	credentialTypes: Map<string, ICredentialType>;
	nodeTypes: INodeTypes;
	loader: PackageDirectoryLoader;
}

let loaded: Promise<LoadedPackage> | undefined;

/** Loads the built package the way n8n loads a community package: from package.json's n8n block. */
export async function loadPackage(): Promise<LoadedPackage> {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_ROOT);
		await loader.loadAll();
		const credentialTypes = new Map<string, ICredentialType>([['oAuth2Api', oAuth2Api]]);
		for (const [name, { type }] of Object.entries(loader.credentialTypes))
			credentialTypes.set(name, type);
		const nodes = new Map<string, INodeType | IVersionedNodeType>([
			[REQUEST_NODE_TYPE, new AuthenticatedRequest()],
			['n8n-nodes-base.noOp', new NoOp()],
		]);
		for (const [name, { type }] of Object.entries(loader.nodeTypes))
			nodes.set(`${loader.packageName}.${name}`, type);
		const nodeTypes: INodeTypes = {
			getByName: (name) => nodeOrThrow(nodes, name),
			getByNameAndVersion: (name, version) =>
				NodeHelpers.getVersionedNodeType(nodeOrThrow(nodes, name), version),
			getKnownTypes: () => ({}),
		};
		return { packageName: loader.packageName, credentialTypes, nodeTypes, loader };
	})();
	return await loaded;
}

function nodeOrThrow(nodes: Map<string, INodeType | IVersionedNodeType>, name: string) {
	const node = nodes.get(name);
	if (!node) throw new Error(`Unknown node type ${name}`);
	return node;
}

/**
 * A stand-in that answers every property n8n-core may read with another stand-in, callable and
 * returning undefined; properties set on it are kept. Plain code, so the engine also runs outside
 * Jest (the benchmarks).
 */
function deepStub<T>(): T {
	const values = new Map<PropertyKey, unknown>();
	const target = () => undefined;
	return new Proxy(target, {
		get(_target, property) {
			if (values.has(property)) return values.get(property);
			// Not a promise, not a primitive: whatever awaits or prints it gets the stand-in itself.
			if (property === 'then' || typeof property === 'symbol') return undefined;
			const stub = deepStub<unknown>();
			values.set(property, stub);
			return stub;
		},
		set(_target, property, value: unknown) {
			values.set(property, value);
			return true;
		},
		has: () => true,
	}) as unknown as T;
}

export async function createEnvironment() {
	const pkg = await loadPackage();
	const credentials = new InMemoryCredentialsHelper(pkg.credentialTypes, pkg.nodeTypes);
	return { pkg, credentials };
}

export type Environment = Awaited<ReturnType<typeof createEnvironment>>;

export interface RunOptions {
	type: string;
	parameters: IDataObject;
	credentials?: Record<string, { id: string; name: string }>;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
}

export interface RunResult {
	items: INodeExecutionData[];
	error?: Error & { description?: string; message: string };
	run: IRun;
}

/** Runs one node through n8n-core's WorkflowExecute, as a manual execution would. */
export async function runNode(environment: Environment, options: RunOptions): Promise<RunResult> {
	const node: INode = {
		id: 'node-under-test',
		name: 'Node Under Test',
		type: options.type,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: options.credentials,
		continueOnFail: options.continueOnFail,
		onError: options.continueOnFail ? 'continueRegularOutput' : 'stopWorkflow',
	};
	const workflow = new Workflow({
		id: 'wf',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: environment.pkg.nodeTypes,
	});
	const run = await new Promise<IRun>((resolve) => {
		const hooks = new ExecutionLifecycleHooks('manual', 'exec-1', deepStub<IWorkflowBase>());
		hooks.addHandler('workflowExecuteAfter', (fullRun) => resolve(fullRun));
		// A deep stand-in answers every other field n8n-core may read.
		const additionalData = deepStub<IWorkflowExecuteAdditionalData>();
		additionalData.hooks = hooks;
		additionalData.executionId = 'exec-1';
		additionalData.credentialsHelper = environment.credentials;
		for (const trap of [
			'encryptedRunnerIdentity',
			'ssrfBridge',
			'evalLlmMockHandler',
			'executionContext',
			'rootExecutionMode',
			'restartExecutionId',
			'parentCallbackManager',
			'currentNodeExecutionIndex',
			'currentNodeParameters',
		]) {
			(additionalData as unknown as Record<string, unknown>)[trap] = undefined;
		}
		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [
					{ node, data: { main: [options.items ?? [{ json: {} }]] }, source: null },
				],
			},
		});
		void new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(
			workflow,
		);
	});
	const taskData = run.data.resultData.runData[node.name]?.[0];
	return {
		items: taskData?.data?.main?.[0] ?? [],
		error: (run.data.resultData.error ?? taskData?.error) as RunResult['error'],
		run,
	};
}

/** A credential test as n8n runs it: preAuthentication for a mock NoOp node, then the test request. */
export async function testCredential(
	environment: Environment,
	type: string,
	data: ICredentialDataDecryptedObject,
) {
	const definition = environment.pkg.credentialTypes.get(type);
	const request = definition?.test?.request;
	if (!request) throw new Error(`${type} has no test request`);
	const testNode: INode = {
		id: 'test',
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: { temp: '' },
	};
	const credentials = environment.credentials.decrypt(data, type);
	try {
		await environment.credentials.preAuthentication(
			{ helpers: { httpRequest } },
			credentials,
			type,
			testNode,
			false,
		);
		const workflow = new Workflow({
			nodes: [testNode],
			connections: {},
			active: false,
			nodeTypes: environment.pkg.nodeTypes,
		});
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=')
				? workflow.expression.getSimpleParameterValue(
						testNode,
						value,
						'internal',
						{ $credentials: credentials },
						undefined,
						'',
					)
				: value;
		const options: IHttpRequestOptions = {
			method: request.method ?? 'GET',
			url: `${String(resolve(request.baseURL ?? ''))}${String(resolve(request.url ?? ''))}`,
			qs: request.qs as IDataObject,
			json: true,
		};
		const signed = await environment.credentials.authenticate(
			credentials,
			type,
			options,
			workflow,
			testNode,
		);
		await httpRequest(signed);
		return { status: 'OK' as const, message: 'Connection tested successfully' };
	} catch (error) {
		// As n8n's credentials tester reads a failure: the response status, else the cause's
		// `code` (shown as the whole message), else the message.
		const failure = error as {
			response?: { status?: number };
			cause?: { code?: unknown };
			code?: unknown;
		};
		if (failure.response?.status)
			return {
				status: 'Error' as const,
				message: `Received HTTP status code: ${failure.response.status}`,
			};
		const code = failure.cause?.code ?? failure.code;
		if (code) return { status: 'Error' as const, message: String(code) };
		return { status: 'Error' as const, message: (error as Error).message };
	}
}
