/* eslint-disable no-console, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- a command-line program, never shipped */
/**
 * `npm run bench`: token economy, throughput and link crawling measured side by side with their
 * anchors in one run on this machine, and the load cost; writes BENCHMARKS.md and
 * bench/results.json. Medians of several runs and ratios, never a lone time.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startN8n } from '../test/e2e/n8nServer';
import { startSandbox } from '../test/sandbox/sandbox';
import { measureCrawl, type CrawlCase } from './crawl';
import {
	measureThroughput,
	measureTokenEconomy,
	type ThroughputCase,
	type TokenEconomyCase,
} from './inN8n';
import { measureLoadCost, type LoadCost } from './load';
import { ratio } from './stats';

const ROOT = path.resolve(__dirname, '..');

interface Results {
	date: string;
	machine: string;
	tokenEconomy: TokenEconomyCase[];
	throughput: ThroughputCase[];
	crawl: CrawlCase[];
	load: LoadCost;
}

const met = (ok: boolean) => (ok ? 'met' : '**missed**');

function report(results: Results): string {
	const lines: string[] = [];
	const push = (...more: string[]) => lines.push(...more);
	push(
		'# Benchmarks',
		'',
		`Measured by \`npm run bench\` on ${results.date} (${results.machine}). The machine is shared and`,
		'noisy: figures are medians of several runs, and each comparison ran side by side in one run.',
		'Raw figures: `bench/results.json`.',
		'',
		'## 1. Token economy',
		'',
		'5,000 authenticated GETs to the sandbox, 50 in flight (100 runs of a 50-item HTTP Request node,',
		"which sends an execution's items at once), every token expiring each 1,000 API calls; the",
		"minimum is one token request per token lifetime (the first token and 4 renewals: 5). Both credentials are driven by n8n's HTTP",
		'Request node in n8n 2.40.7. Target: token requests ≤ minimum + 1.',
		'',
		'| Credential | Requests | Token requests | Minimum | Ratio to minimum | Failed items | Target |',
		'| --- | ---: | ---: | ---: | ---: | ---: | --- |',
	);
	const ours = results.tokenEconomy[0];
	for (const entry of results.tokenEconomy) {
		push(
			`| ${entry.credential} | ${entry.requests} | ${entry.tokenRequests} | ${entry.minimum} | ${ratio(entry.tokenRequests, entry.minimum)} | ${entry.failedItems} | ${entry === ours ? met(entry.tokenRequests <= entry.minimum + 1) : 'anchor'} |`,
		);
	}
	push(
		'',
		'## 2. Throughput',
		'',
		'2,000 GETs of one Blynk device inside n8n 2.40.7: through the Blynk node of this package and',
		"through n8n's HTTP Request node with the same credential, one request per execution",
		'(webhook-started), 1 or 20 executions at a time; and a plain `fetch` loop in the benchmark',
		'process against the same endpoint at the same concurrency, the limit without n8n. Interleaved',
		'chunks of 500; medians. Target: ≥ 1.0× the HTTP Request node.',
		'',
		'| Concurrency | This package (req/s) | HTTP Request node (req/s) | Plain loop (req/s) | vs HTTP Request | vs plain loop | Target |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
	);
	for (const entry of results.throughput) {
		push(
			`| ${entry.concurrency} | ${entry.oursPerSecond} | ${entry.httpRequestPerSecond} | ${entry.rawPerSecond} | ${entry.ratioToHttpRequest}× | ${entry.ratioToRaw}× | ${met(entry.ratioToHttpRequest >= 1)} |`,
		);
	}
	push(
		'',
		'## 3. Link crawl',
		'',
		"The Roaring node's List Elements following `next` through 250, 500 and 1,000 pages of 10",
		"elements, in n8n's execution engine (n8n-core), against a plain loop in the same process that",
		'fetches the same pages with the same token and keeps the elements. Peak memory is heap growth',
		'during the run. Targets: time ≤ 1.3× the plain loop, and linear in pages.',
		'',
		'| Pages | Elements | Node (ms) | Plain loop (ms) | Time ratio | Node peak (MiB) | Loop peak (MiB) | Target |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
	);
	for (const entry of results.crawl) {
		push(
			`| ${entry.pages} | ${entry.elements} | ${entry.nodeMs} | ${entry.loopMs} | ${entry.timeRatio}× | ${entry.nodePeakMiB} | ${entry.loopPeakMiB} | ${met(entry.timeRatio <= 1.3)} |`,
		);
	}
	const [first, , last] = results.crawl;
	const growth = ratio(last.nodeMs / first.nodeMs, last.pages / first.pages);
	push(
		'',
		`Linearity: from ${first.pages} to ${last.pages} pages (×${last.pages / first.pages}) the node's time grew ×${ratio(last.nodeMs, first.nodeMs)}, ${growth}× linear growth: ${met(growth <= 1.3)}.`,
		'',
		'## 4. Load cost',
		'',
		`At start, n8n loads a community package with n8n-core's lazy loader, which reads the metadata`,
		"`npm run build` writes (`dist/known`, `dist/types`, made by n8n-core's `n8n-generate-metadata`)",
		`instead of loading every class. For the package's ${results.load.nodes} nodes and ${results.load.credentials} credentials, in a fresh`,
		`Node process: median ${results.load.medianMs} ms of ${results.load.runs.length} runs (${results.load.runs.join(', ')} ms)${results.load.lazy ? '' : ' — **lazy loading did not engage**'}.`,
		`Target: < 50 ms: ${met(results.load.lazy && results.load.medianMs < 50)}. Loading every class eagerly, as happens`,
		`piecemeal on first use of each node, takes ${results.load.eagerMedianMs} ms (median).`,
		'',
		`Packed size: ${(results.load.packedBytes / 1024).toFixed(1)} KiB (${(results.load.unpackedBytes / 1024).toFixed(1)} KiB unpacked, ${results.load.files} files).`,
		'',
	);
	return lines.join('\n');
}

async function main() {
	console.log('Load cost…');
	const load = measureLoadCost();
	console.log('Link crawl…');
	const crawl = await measureCrawl([250, 500, 1000]);
	console.log('Starting the sandbox and n8n (installs n8n on first use)…');
	const sandbox = await startSandbox();
	const n8n = await startN8n();
	try {
		console.log('Token economy…');
		const tokenEconomy = await measureTokenEconomy(n8n, sandbox);
		console.log('Throughput…');
		const throughput = await measureThroughput(n8n, sandbox);
		const results: Results = {
			date: new Date().toISOString().slice(0, 10),
			machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version} for the engine, Node 24 for n8n`,
			tokenEconomy,
			throughput,
			crawl,
			load,
		};
		writeFileSync(
			path.join(ROOT, 'bench', 'results.json'),
			`${JSON.stringify(results, null, '\t')}\n`,
		);
		writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), report(results));
		console.log(report(results));
	} finally {
		await n8n.stop();
		await sandbox.stop();
	}
	process.exit(0);
}

void main();
