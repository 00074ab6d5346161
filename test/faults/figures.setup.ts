/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test infrastructure, never shipped */
import { rmSync } from 'node:fs';
import path from 'node:path';

/** Clears the figures of the last run, so the report sums only this one. */
export default function clearFigures(): void {
	rmSync(path.resolve(__dirname, '..', '..', 'reports', 'faults'), {
		recursive: true,
		force: true,
	});
}
