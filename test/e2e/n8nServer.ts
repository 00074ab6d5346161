/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/require-node-api-error -- test infrastructure, never shipped */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse as parseFlatted } from 'flatted';

const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE_NAME = 'n8n-nodes-oauth-connectors';
export const OWNER = {
	email: 'owner@example.com',
	firstName: 'Demo',
	lastName: 'Owner',
	password: 'Demo-Passw0rd!',
};

/** Installs (or reuses) Node 24 and n8n with the project's script and returns their paths. */
export function n8nRuntime(): { node: string; n8n: string; n8nDir: string } {
	const output = execFileSync('bash', [path.join(PACKAGE_ROOT, 'scripts', 'n8n-runtime.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const value = (name: string) =>
		/^(\S+)=(.*)$/m.exec(
			output.split('\n').find((line) => line.startsWith(`${name}=`)) ?? '',
		)?.[2] ?? '';
	return { node: value('NODE24'), n8n: value('N8N_BIN'), n8nDir: value('N8N_DIR') };
}

/**
 * Installs the package the way n8n installs a community package: the packed tarball (so only the
 * published `files` are there) unpacked into the user folder's `.n8n/nodes/node_modules`, where
 * n8n loads it under its package name. The peer dependency resolves to n8n's own n8n-workflow.
 */
function installPackedPackage(userFolder: string, n8nDir: string): void {
	const nodeModules = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
	const target = path.join(nodeModules, PACKAGE_NAME);
	mkdirSync(target, { recursive: true });
	const tarball = execFileSync(
		'npm',
		['pack', '--ignore-scripts', '--silent', '--pack-destination', userFolder],
		{ cwd: PACKAGE_ROOT, encoding: 'utf8' },
	).trim();
	execFileSync('tar', [
		'-xzf',
		path.join(userFolder, tarball),
		'-C',
		target,
		'--strip-components=1',
	]);
	symlinkSync(
		path.join(n8nDir, 'node_modules', 'n8n-workflow'),
		path.join(nodeModules, 'n8n-workflow'),
	);
}

export interface ExecutionResult {
	status: string;
	/** The JSON of each node's output items, by node name (first output, last run). */
	items: Record<string, Array<Record<string, unknown>>>;
	/** The message of the error that stopped the run, if one did. */
	error?: string;
}

async function freePort(): Promise<number> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export interface N8nServer {
	url: string;
	/** A REST call as the logged-in owner; answers the `data` of n8n's envelope. */
	rest<T = unknown>(method: string, route: string, body?: unknown): Promise<T>;
	/** Calls a production webhook, waiting until n8n has registered it. */
	webhook(webhookPath: string): Promise<{ status: number; body: unknown }>;
	/** Runs a saved workflow from its manual trigger, as the editor's "Execute workflow" does. */
	runWorkflow(workflowId: string, trigger: string): Promise<ExecutionResult>;
	/** The owner's session cookie, as the browser sends it (n8n's OAuth2 callback checks it). */
	authCookie(): string;
	stop(): Promise<void>;
	log(): string;
}

/**
 * Starts a real n8n with this package linked into its user folder's custom/node_modules (as
 * `n8n-node dev` does), on a free loopback port, diagnostics off, and sets up its owner.
 */
export async function startN8n(options: { port?: number } = {}): Promise<N8nServer> {
	const runtime = n8nRuntime();
	const userFolder = mkdtempSync(path.join(tmpdir(), 'n8n-e2e-'));
	installPackedPackage(userFolder, runtime.n8nDir);
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child: ChildProcess = spawn(runtime.node, [runtime.n8n, 'start'], {
		env: {
			PATH: process.env.PATH,
			HOME: userFolder,
			N8N_USER_FOLDER: userFolder,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			WEBHOOK_URL: `${url}/`,
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_LEVEL: 'warn',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

	const deadline = Date.now() + 180_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`n8n exited early:\n${output.slice(-3000)}`);
		const healthy = await fetch(`${url}/healthz`).then(
			(response) => response.ok,
			() => false,
		);
		if (healthy) break;
		if (Date.now() > deadline)
			throw new Error(`n8n did not start in time:\n${output.slice(-3000)}`);
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}

	let cookie = '';
	const rest = async <T>(method: string, route: string, body?: unknown): Promise<T> => {
		let response: Response;
		let text: string;
		for (let attempt = 0; ; attempt++) {
			response = await fetch(`${url}/rest${route}`, {
				method,
				headers: { 'Content-Type': 'application/json', cookie },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			text = await response.text();
			// While starting, n8n answers "n8n is starting up" (status 200), then "Cannot POST …"
			// (404) until its controllers are mounted.
			const starting =
				text.startsWith('n8n is starting up') ||
				(response.status === 404 && text.includes('<pre>Cannot '));
			if (!starting || attempt >= 120) break;
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
		const setCookie = response.headers.get('set-cookie');
		if (setCookie) cookie = setCookie.split(';')[0];
		if (!response.ok)
			throw new Error(`n8n ${method} ${route} answered ${response.status}: ${text.slice(0, 500)}`);
		try {
			return (JSON.parse(text) as { data: T }).data;
		} catch {
			throw new Error(
				`n8n ${method} ${route} answered with something that is not JSON: ${text.slice(0, 300)}`,
			);
		}
	};
	await rest('POST', '/owner/setup', OWNER);

	const webhook = async (webhookPath: string) => {
		for (let attempt = 0; ; attempt++) {
			const response = await fetch(`${url}/webhook/${webhookPath}`);
			const text = await response.text();
			const notYet = response.status === 404 && text.includes('is not registered');
			if (!notYet || attempt >= 30)
				return { status: response.status, body: text ? JSON.parse(text) : undefined };
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	};

	const runWorkflow = async (workflowId: string, trigger: string): Promise<ExecutionResult> => {
		const started = await rest<{ executionId?: string }>('POST', `/workflows/${workflowId}/run`, {
			triggerToStartFrom: { name: trigger },
		});
		if (!started.executionId)
			throw new Error(`n8n did not start workflow ${workflowId}: ${JSON.stringify(started)}`);
		for (let attempt = 0; attempt < 600; attempt++) {
			const execution = await rest<{ status: string; data: string }>(
				'GET',
				`/executions/${started.executionId}`,
			);
			if (!['new', 'running', 'waiting'].includes(execution.status)) {
				const data = parseFlatted(execution.data) as {
					resultData: {
						error?: { message: string };
						runData: Record<string, Array<{ data?: { main: Array<Array<{ json: never }>> } }>>;
					};
				};
				const items = Object.fromEntries(
					Object.entries(data.resultData.runData).map(([node, runs]) => [
						node,
						(runs.at(-1)?.data?.main[0] ?? []).map((item) => item.json),
					]),
				);
				return { status: execution.status, items, error: data.resultData.error?.message };
			}
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		throw new Error(`Execution ${started.executionId} did not finish in time`);
	};

	return {
		url,
		rest,
		webhook,
		runWorkflow,
		log: () => output,
		authCookie: () => cookie,
		stop: async () => {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
			rmSync(userFolder, { recursive: true, force: true });
		},
	};
}

/**
 * Saves and activates a workflow that a webhook at `webhookPath` starts, with `nodes` chained
 * after it (each node's output into the next), answering with the last node's items. Returns a
 * function that calls the webhook.
 */
export async function webhookChain(
	n8n: N8nServer,
	webhookPath: string,
	nodes: Array<Record<string, unknown>>,
	settings: Record<string, unknown> = {},
): Promise<() => Promise<{ status: number; body: unknown }>> {
	const chain = nodes.map((node, index) => ({
		id: `node-${index}`,
		name: `Node ${index + 1}`,
		position: [240 * (index + 1), 0],
		...node,
	}));
	const names = ['Webhook', ...chain.map((node) => node.name)];
	const workflow = await n8n.rest<{ id: string; versionId: string }>('POST', '/workflows', {
		name: `Webhook ${webhookPath}`,
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
			...chain,
		],
		connections: Object.fromEntries(
			names
				.slice(0, -1)
				.map((name, index) => [
					name,
					{ main: [[{ node: names[index + 1], type: 'main', index: 0 }]] },
				]),
		),
		settings,
	});
	await n8n.rest('POST', `/workflows/${workflow.id}/activate`, { versionId: workflow.versionId });
	return async () => await n8n.webhook(webhookPath);
}
