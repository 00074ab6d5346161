import { Authority, type Fault, unauthorized, type IssuedToken } from './authority';
import { json, Router, type Handler, type SandboxRequest, type SandboxResponse } from './http';

export interface Provider {
	name: string;
	authorities: Record<string, Authority>;
	router: Router;
	/** Extra state a provider reports (e.g. the last authorize request). */
	state: () => Record<string, unknown>;
	reset: () => void;
}

/** Wraps an API handler: queued API faults first, then a valid token from one of the authorities. */
export function protectedBy(
	authorities: Authority[],
	handler: (
		request: SandboxRequest,
		token: IssuedToken,
	) => SandboxResponse | Promise<SandboxResponse>,
): Handler {
	return async (request) => {
		const log = (response: SandboxResponse) => {
			authorities[0].apiLog.push({
				method: request.method,
				path: request.path,
				status: response.status,
			});
			return response;
		};
		const fault = authorities[0].takeApiFault();
		if (fault) return log(fault);
		const token = authorities.map((authority) => authority.verify(request)).find(Boolean);
		if (!token) return log(unauthorized());
		return log(await handler(request, token));
	};
}

/** Control endpoints the demo and the end-to-end tests use to steer a provider over HTTP. */
function control(provider: Provider, request: SandboxRequest): SandboxResponse | undefined {
	if (!request.path.startsWith('/__sandbox/')) return undefined;
	const action = request.path.slice('/__sandbox/'.length);
	const body = request.body ?? {};
	const target =
		provider.authorities[String(body.authority ?? '')] ?? Object.values(provider.authorities)[0];
	switch (action) {
		case 'items':
			// Input items for benchmark workflows: [{ i: 0 }, { i: 1 }, …].
			return json(
				200,
				Array.from(
					{ length: Number(request.url.searchParams.get('count') ?? 1) },
					(_unused, i) => ({
						i,
					}),
				),
			);
		case 'expireEvery':
			target.expireEveryCalls(Number(body.calls));
			return json(200, { expiresEveryCalls: Number(body.calls) });
		case 'redirect':
			// An open redirect on the API's own origin, as real APIs sometimes have.
			return { status: 302, headers: { Location: request.url.searchParams.get('to') ?? '/' } };
		case 'state':
			return json(200, {
				provider: provider.name,
				authorities: Object.fromEntries(
					Object.entries(provider.authorities).map(([name, authority]) => [
						name,
						authority.snapshot(),
					]),
				),
				...provider.state(),
			});
		case 'expire':
			Object.values(provider.authorities).forEach((authority) => authority.expireAll());
			return json(200, { expired: true });
		case 'expireAfter':
			target.expireAfterCalls(Number(body.calls));
			return json(200, { expiresAfterCalls: Number(body.calls) });
		case 'lifetime':
			target.tokenLifetimeSeconds = Number(body.seconds);
			return json(200, { tokenLifetimeSeconds: target.tokenLifetimeSeconds });
		case 'faults': {
			const queue = body.target === 'token' ? target.tokenFaults : target.apiFaults;
			for (let i = 0; i < Number(body.count ?? 1); i++) queue.push(body.fault as Fault);
			return json(200, { queued: queue.length });
		}
		case 'reset':
			provider.reset();
			return json(200, { reset: true });
	}
	return json(404, { error: 'unknown sandbox control' });
}

export function handlerFor(provider: Provider) {
	return async (request: SandboxRequest): Promise<SandboxResponse> => {
		const controlled = control(provider, request);
		if (controlled) return controlled;
		const match = provider.router.match(request.method, request.path);
		if (!match) return json(404, { message: `No route for ${request.method} ${request.path}` });
		return await match.handler({ ...request, params: match.params });
	};
}

/** The value of a parameter wherever the client put it: query first, then body. */
export function param(request: SandboxRequest, name: string): string | undefined {
	const fromQuery = request.url.searchParams.get(name);
	if (fromQuery !== null) return fromQuery;
	const value = request.body?.[name];
	return typeof value === 'string' ? value : undefined;
}

export function paginate<T>(items: T[], offset: number, limit: number): T[] {
	return items.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit));
}
