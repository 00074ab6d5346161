import { Authority } from '../authority';
import { json, Router } from '../http';
import { type Provider } from '../provider';

export interface ForeignArrival {
	method: string;
	path: string;
	authorization?: string;
	query: string;
}

/** Another origin that must never see a credential: it counts what arrives, and what carried auth. */
export function createForeign() {
	const arrivals: ForeignArrival[] = [];
	const router = new Router();
	router.on('*', '/.*', (request) => {
		arrivals.push({
			method: request.method,
			path: request.path,
			authorization: request.headers.authorization as string | undefined,
			query: request.url.search,
		});
		return json(200, { properties: { elements: [{ properties: { foreign: true } }] }, links: [] });
	});
	return {
		name: 'foreign',
		authorities: { none: new Authority('foreign', 0) },
		router,
		arrivals,
		state: () => ({
			arrivals: arrivals.length,
			withCredentials: arrivals.filter(
				(arrival) => arrival.authorization || /token|secret/i.test(arrival.query),
			).length,
		}),
		reset: () => {
			arrivals.length = 0;
		},
	} satisfies Provider & { arrivals: ForeignArrival[] };
}
