/* eslint-disable no-console, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- a command-line program, never shipped */
/**
 * `npm run demo`: the package running inside a real n8n against the provider sandbox. Starts the
 * sandbox and n8n (installing n8n on first use), creates the owner, the credentials and the
 * example workflows, connects Rose Rocket through n8n's OAuth2 flow, runs every example once,
 * prints what happened, and keeps both running for the editor until Ctrl-C.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { createExampleCredentials, importExample, loadExamples } from '../test/e2e/examples';
import { OWNER, startN8n, type N8nServer } from '../test/e2e/n8nServer';
import { startSandbox, type Sandbox } from '../test/sandbox/sandbox';

const ROOT = path.resolve(__dirname, '..');

const tokenRequests = (sandbox: Sandbox): number =>
	Object.values(sandbox.providers)
		.flatMap((provider) => Object.values(provider.authorities))
		.reduce((sum, authority) => sum + authority.tokenRequestCount(), 0);

function table(rows: string[][]): string {
	const widths = rows[0].map((_cell, column) => Math.max(...rows.map((row) => row[column].length)));
	const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
	return [
		line(rows[0]),
		widths.map((width) => '-'.repeat(width)).join('  '),
		...rows.slice(1).map(line),
	].join('\n');
}

async function main() {
	console.log('Building the package…');
	execFileSync('npm', ['run', '--silent', 'build'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
	});

	const sandbox = await startSandbox();
	console.log(
		'Provider sandbox started. Starting n8n (the first run installs it: several minutes)…',
	);
	let n8n: N8nServer | undefined;
	let stopping = false;
	const stop = async (code: number) => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n and the sandbox…');
		await n8n?.stop();
		await sandbox.stop();
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));

	try {
		n8n = await startN8n({
			port: process.env.N8N_DEMO_PORT ? Number(process.env.N8N_DEMO_PORT) : undefined,
		});
		const ids = await createExampleCredentials(n8n, sandbox);
		console.log('Rose Rocket OAuth2 credential connected through n8n’s authorization-code flow.');

		const rows = [['Workflow', 'Items', 'Status', 'Token requests']];
		let failed = 0;
		for (const example of loadExamples()) {
			const workflowId = await importExample(n8n, example, ids);
			const before = tokenRequests(sandbox);
			const result = await n8n.runWorkflow(workflowId, example.trigger);
			const lastNode = example.nodes.at(-1)!.name;
			const items = result.items[lastNode]?.length ?? 0;
			if (result.status !== 'success') failed += 1;
			rows.push([
				example.name,
				String(items),
				result.error ? `${result.status}: ${result.error}` : result.status,
				String(tokenRequests(sandbox) - before),
			]);
		}
		console.log(`\n${table(rows)}\n`);
		console.log(`n8n editor: ${n8n.url}`);
		console.log(`Log in as ${OWNER.email} / ${OWNER.password}`);
		console.log('The workflows and credentials above are there to open, change and run.');
		console.log(
			`Sandbox: Rose Rocket ${sandbox.urls.roseRocket}, Blynk ${sandbox.urls.blynk}, Rokt ${sandbox.urls.rokt}, Roaring ${sandbox.urls.roaring}`,
		);
		console.log(failed ? `${failed} example(s) failed.` : 'All examples succeeded.');
		console.log('Ctrl-C stops n8n and the sandbox.');
		if (process.env.DEMO_EXIT_AFTER_RUN) await stop(failed ? 1 : 0);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		await stop(1);
	}
}

void main();
