/* eslint-disable @n8n/community-nodes/no-restricted-globals -- benchmark code, never shipped */
import { forgetAllTokens } from '../dist/shared/oauth/tokenEngine';
import { createEnvironment, runNode } from '../test/harness/engine';
import { addCredential, storedData } from '../test/harness/fixture';
import { roaringAccounts } from '../test/sandbox/providers/roaring';
import { startSandbox } from '../test/sandbox/sandbox';
import { elapsedMs, median, peakHeap, ratio, round } from './stats';

export interface CrawlCase {
	pages: number;
	elements: number;
	nodeMs: number;
	loopMs: number;
	timeRatio: number;
	nodePeakMiB: number;
	loopPeakMiB: number;
	memoryRatio: number;
}

/** A plain loop: GET each page with the token, follow its `next` link, keep the elements. */
async function plainLoop(start: string, token: string): Promise<unknown[]> {
	const elements: unknown[] = [];
	let url: string | undefined = start;
	while (url) {
		const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
		const page = (await response.json()) as {
			properties: { elements: unknown[] };
			links: Array<{ rel: string | string[]; href: string }>;
		};
		elements.push(...page.properties.elements);
		const next = page.links.find((link) => [link.rel].flat().includes('next'))?.href;
		url = next ? new URL(next, url).toString() : undefined;
	}
	return elements;
}

/** Follows `next` through `pages` pages of 10 elements with the Roaring node and with a plain loop. */
export async function measureCrawl(pageCounts: number[], runs = 5): Promise<CrawlCase[]> {
	const cases: CrawlCase[] = [];
	const environment = await createEnvironment();
	for (const pages of pageCounts) {
		const sandbox = await startSandbox({ roaring: { pageSize: 10, changelogCount: pages * 10 } });
		forgetAllTokens();
		const credentials = addCredential(environment, 'roaringApi', {
			...roaringAccounts.user,
			...roaringAccounts.client,
			baseUrl: sandbox.urls.roaring,
		});
		const parameters = {
			resource: 'link',
			operation: 'listElements',
			startFrom: 'root',
			relations: 'changelogs',
			returnAll: true,
			options: { maxPages: pages + 10 },
		};
		const node = async () => {
			const result = await runNode(environment, {
				type: 'n8n-nodes-oauth-connectors.roaring',
				parameters,
				credentials,
			});
			if (result.error || result.items.length !== pages * 10)
				throw new Error(`The node read ${result.items.length} elements: ${result.error?.message}`);
			return result.items.length;
		};
		await node(); // warm-up, and the token for the plain loop
		const token = String(storedData(environment, credentials).accessToken);
		const loop = async () => {
			const elements = await plainLoop(`${sandbox.urls.roaring}/changelogs`, token);
			if (elements.length !== pages * 10) throw new Error(`The loop read ${elements.length}`);
			return elements.length;
		};
		await loop();
		const nodeMs: number[] = [];
		const loopMs: number[] = [];
		const nodePeak: number[] = [];
		const loopPeak: number[] = [];
		for (let run = 0; run < runs; run++) {
			let start = process.hrtime.bigint();
			nodePeak.push((await peakHeap(node)).peakBytes);
			nodeMs.push(elapsedMs(start));
			start = process.hrtime.bigint();
			loopPeak.push((await peakHeap(loop)).peakBytes);
			loopMs.push(elapsedMs(start));
		}
		await sandbox.stop();
		const mib = (bytes: number) => round(bytes / 1024 / 1024, 1);
		cases.push({
			pages,
			elements: pages * 10,
			nodeMs: round(median(nodeMs), 0),
			loopMs: round(median(loopMs), 0),
			timeRatio: ratio(median(nodeMs), median(loopMs)),
			nodePeakMiB: mib(median(nodePeak)),
			loopPeakMiB: mib(median(loopPeak)),
			memoryRatio: ratio(median(nodePeak), median(loopPeak)),
		});
	}
	return cases;
}
