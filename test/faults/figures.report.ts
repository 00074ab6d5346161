/* eslint-disable no-console, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test infrastructure, never shipped */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { noFigures, type Figures } from './figures';

/** Sums the figures each test file saved and prints the table the README quotes. */
export default function reportFigures(): void {
	const dir = path.resolve(__dirname, '..', '..', 'reports', 'faults');
	if (!existsSync(dir)) return;
	const rows = readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({
			area: file.replace(/\.json$/, ''),
			...(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Figures),
		}));
	const total = rows.reduce(
		(sum, row) => ({
			area: 'total',
			scenarios: sum.scenarios + row.scenarios,
			itemsIn: sum.itemsIn + row.itemsIn,
			itemsOut: sum.itemsOut + row.itemsOut,
			secretsFound: sum.secretsFound + row.secretsFound,
			foreignRequests: sum.foreignRequests + row.foreignRequests,
			foreignRequestsWithCredentials:
				sum.foreignRequestsWithCredentials + row.foreignRequestsWithCredentials,
			logLines: sum.logLines + row.logLines,
		}),
		{ area: 'total', ...noFigures() },
	);
	const lines = [
		'| Area | Scenarios | Items in | Items out | Log lines scanned | Secrets found | Foreign-origin requests | … carrying a credential |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...[...rows, total].map(
			(row) =>
				`| ${row.area} | ${row.scenarios} | ${row.itemsIn} | ${row.itemsOut} | ${row.logLines} | ${row.secretsFound} | ${row.foreignRequests} | ${row.foreignRequestsWithCredentials} |`,
		),
	];
	writeFileSync(path.join(dir, '..', 'fault-figures.md'), `${lines.join('\n')}\n`);
	console.log(`\nFault suite figures (reports/fault-figures.md):\n${lines.join('\n')}\n`);
}
