/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- benchmark code, never shipped */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { median, round } from './stats';

const ROOT = path.resolve(__dirname, '..');

/**
 * One fresh Node process: how long n8n-core's loaders take on the built package. n8n starts a
 * community package with the lazy loader (the metadata in dist/known and dist/types); the eager
 * loader is what loading every node and credential class costs, as on their first use.
 */
const PROBE = `
const { LazyPackageDirectoryLoader, PackageDirectoryLoader } = require('n8n-core');
const Loader = process.argv[2] === 'lazy' ? LazyPackageDirectoryLoader : PackageDirectoryLoader;
const start = process.hrtime.bigint();
const loader = new Loader(process.argv[1]);
loader.loadAll().then(() => {
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	const nodes = loader.isLazyLoaded ? Object.keys(loader.known.nodes).length : Object.keys(loader.nodeTypes).length;
	const credentials = loader.isLazyLoaded ? Object.keys(loader.known.credentials).length : Object.keys(loader.credentialTypes).length;
	process.stdout.write(JSON.stringify({ ms, nodes, credentials, lazy: Boolean(loader.isLazyLoaded) }));
});
`;

export interface LoadCost {
	/** At n8n's start: the lazy loader. */
	medianMs: number;
	runs: number[];
	lazy: boolean;
	/** Every class loaded (as on first use of each). */
	eagerMedianMs: number;
	nodes: number;
	credentials: number;
	packedBytes: number;
	unpackedBytes: number;
	files: number;
}

type Sample = { ms: number; nodes: number; credentials: number; lazy: boolean };

const probe = (mode: 'lazy' | 'eager'): Sample =>
	JSON.parse(
		execFileSync(process.execPath, ['-e', PROBE, ROOT, mode], { cwd: ROOT, encoding: 'utf8' }),
	) as Sample;

export function measureLoadCost(runs = 9): LoadCost {
	const samples: Sample[] = [];
	const eager: Sample[] = [];
	for (let run = 0; run < runs; run++) {
		samples.push(probe('lazy'));
		eager.push(probe('eager'));
	}
	const [pack] = JSON.parse(
		execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
			cwd: ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}),
	) as Array<{ size: number; unpackedSize: number; entryCount: number }>;
	return {
		medianMs: round(median(samples.map((sample) => sample.ms)), 1),
		runs: samples.map((sample) => round(sample.ms, 1)),
		lazy: samples.every((sample) => sample.lazy),
		eagerMedianMs: round(median(eager.map((sample) => sample.ms)), 1),
		nodes: samples[0].nodes,
		credentials: samples[0].credentials,
		packedBytes: pack.size,
		unpackedBytes: pack.unpackedSize,
		files: pack.entryCount,
	};
}
