/* eslint-disable @n8n/community-nodes/no-restricted-globals -- benchmark code, never shipped */
/** Medians and ratios: this machine is shared, so a lone time means little. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const round = (value: number, digits = 2): number =>
	Math.round(value * 10 ** digits) / 10 ** digits;

export const ratio = (ours: number, anchor: number): number => round(ours / anchor, 2);

export const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Samples heap use while `work` runs; answers the peak above the level before it started. */
export async function peakHeap<T>(
	work: () => Promise<T>,
): Promise<{ result: T; peakBytes: number }> {
	(globalThis as { gc?: () => void }).gc?.();
	const base = process.memoryUsage().heapUsed;
	let peak = base;
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	}, 2);
	try {
		const result = await work();
		peak = Math.max(peak, process.memoryUsage().heapUsed);
		return { result, peakBytes: peak - base };
	} finally {
		clearInterval(timer);
	}
}
