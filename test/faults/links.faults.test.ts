import type { IDataObject } from 'n8n-workflow';

import { checkTarget, LinkRefusal } from '../../dist/shared/hypermedia/safety';
import { useSandbox } from '../harness/fixture';
import type { RoaringLinkMode } from '../sandbox/providers/roaring';
import {
	apiUrlFor,
	captureLogs,
	credentialFor,
	operations,
	saveFigures,
	scenario,
	type World,
} from './world';

const world = useSandbox() as World;
beforeAll(captureLogs);
afterAll(() => saveFigures('links'));

const ROARING = 'n8n-nodes-oauth-connectors.roaring';
/** The Roaring node's List Elements from the root through the changelogs (as in the catalog). */
const walk = (extra: IDataObject = {}): IDataObject => ({
	...operations.find((operation) => operation.label === 'Roaring link: list elements')!.parameters,
	...extra,
});

describe('Roaring: a next link that leaves the API never receives the credential', () => {
	test.each([
		['another origin', 'foreign', /^Refused to send the credential to http:\/\/127\.0\.0\.1:\d+/],
		[
			'a plain-http host elsewhere',
			'insecure',
			/^Refused to send the credential to http:\/\/insecure\.invalid/,
		],
		[
			'a URL with a user name and password',
			'userinfo',
			/^Refused a link with a user name or password/,
		],
		[
			'a cloud metadata address',
			'metadata',
			/^Refused a link to a link-local or cloud metadata address/,
		],
		[
			'an API page that redirects elsewhere',
			'redirect',
			/^Refused to send the credential to http:\/\/127\.0\.0\.1:\d+/,
		],
	] as Array<[string, RoaringLinkMode, RegExp]>)('%s', async (_label, mode, message) => {
		world.sandbox.roaringSettings.linkMode = mode;
		const credentials = await credentialFor(world, 'roaringApi');
		const result = await scenario(world, {
			type: ROARING,
			parameters: walk(),
			credentials,
			items: [{}, {}],
			continueOnFail: true,
		});
		for (const item of result.items) expect(item.json.error).toMatch(message);
		expect(world.sandbox.providers.foreign.arrivals).toHaveLength(0);
	});

	test('a link from https to plain http is refused before any request', () => {
		expect(() =>
			checkTarget('http://api.roaring.io/next', 'https://api.roaring.io/', {
				apiOrigin: 'https://api.roaring.io',
			}),
		).toThrow(LinkRefusal);
	});
});

describe('Roaring: cycles and runaway pagination stop at a cap, with the reason', () => {
	test('a cycle', async () => {
		world.sandbox.roaringSettings.linkMode = 'cycle';
		const credentials = await credentialFor(world, 'roaringApi');
		const result = await scenario(world, {
			type: ROARING,
			parameters: walk({ output: 'summary' }),
			credentials,
		});
		// Root's link reads page 1 as ?type=API; its next link, ?page=1, is the same page again.
		expect(result.items[0].json).toMatchObject({ pages: 2, stopReason: 'cycle' });
	});

	test('47 pages of one element against a cap of 10 pages', async () => {
		world.sandbox.roaringSettings.pageSize = 1;
		const credentials = await credentialFor(world, 'roaringApi');
		const result = await scenario(world, {
			type: ROARING,
			parameters: walk({ output: 'summary', options: { maxPages: 10 } }),
			credentials,
		});
		expect(result.items[0].json).toMatchObject({ count: 10, pages: 10, stopReason: 'page_cap' });
	});
});

const originOf = (credentialType: string) =>
	credentialType === 'roseRocketOAuth2Api'
		? world.sandbox.urls.roseRocket
		: new URL(apiUrlFor(world.sandbox, credentialType)).origin;

describe('Custom API Call of every node: a redirect to another origin is refused', () => {
	const customCalls = operations.filter((operation) => operation.label.endsWith('custom API call'));

	test.each(customCalls.map((operation) => [operation.label, operation] as const))(
		'%s',
		async (_label, operation) => {
			const credentials = await credentialFor(world, operation.credentialType);
			const target = `${world.sandbox.urls.foreign}/steal`;
			const result = await scenario(world, {
				type: operation.type,
				parameters: {
					...operation.parameters,
					// A full URL on the API's own origin, whose answer redirects away.
					path: `${originOf(operation.credentialType)}/__sandbox/redirect?to=${encodeURIComponent(target)}`,
				},
				credentials,
				items: [{}, {}],
				continueOnFail: true,
			});
			for (const item of result.items) expect(item.json.error).toMatch(/[Rr]efused/);
			expect(world.sandbox.providers.foreign.arrivals).toHaveLength(0);
		},
	);

	test.each(customCalls.map((operation) => [operation.label, operation] as const))(
		'%s: a full URL on another origin is refused before any request',
		async (_label, operation) => {
			const credentials = await credentialFor(world, operation.credentialType);
			const result = await scenario(world, {
				type: operation.type,
				parameters: { ...operation.parameters, path: `${world.sandbox.urls.foreign}/steal` },
				credentials,
			});
			expect(result.error?.message).toMatch(/^The path must be on this API/);
			expect(world.sandbox.providers.foreign.arrivals).toHaveLength(0);
		},
	);
});
