/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test infrastructure, never shipped */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SandboxRequest {
	method: string;
	url: URL;
	path: string;
	headers: IncomingMessage['headers'];
	rawBody: string;
	/** Form or JSON body, parsed by its content type; undefined when absent or unparseable. */
	body: Record<string, unknown> | undefined;
	params: Record<string, string>;
}

export interface SandboxResponse {
	status: number;
	headers?: Record<string, string>;
	/** Objects are sent as JSON; strings as they are. */
	body?: unknown;
	/** Answer only after this long (a slow or hanging server). */
	delayMs?: number;
	/** Close the connection without answering. */
	hangUp?: boolean;
}

export type Handler = (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

interface Route {
	method: string;
	pattern: RegExp;
	keys: string[];
	handler: Handler;
}

/** A small method + path router; ":name" segments become params. */
export class Router {
	private readonly routes: Route[] = [];

	on(method: string, path: string, handler: Handler): this {
		const keys: string[] = [];
		const source = path.replace(/:([A-Za-z]+)/g, (_match, key: string) => {
			keys.push(key);
			return '([^/]+)';
		});
		this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), keys, handler });
		return this;
	}

	match(
		method: string,
		path: string,
	): { handler: Handler; params: Record<string, string> } | undefined {
		for (const route of this.routes) {
			if (route.method !== method && route.method !== '*') continue;
			const found = route.pattern.exec(path);
			if (!found) continue;
			const params: Record<string, string> = {};
			route.keys.forEach((key, index) => (params[key] = decodeURIComponent(found[index + 1])));
			return { handler: route.handler, params };
		}
		return undefined;
	}
}

function parseBody(contentType: string, raw: string): Record<string, unknown> | undefined {
	if (raw === '') return undefined;
	if (contentType.includes('application/json')) {
		try {
			const value: unknown = JSON.parse(raw);
			return value !== null && typeof value === 'object'
				? (value as Record<string, unknown>)
				: undefined;
		} catch {
			return undefined;
		}
	}
	if (contentType.includes('application/x-www-form-urlencoded')) {
		return Object.fromEntries(new URLSearchParams(raw));
	}
	return undefined;
}

export const json = (
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): SandboxResponse => ({
	status,
	body,
	headers,
});

export function send(res: ServerResponse, response: SandboxResponse): void {
	const headers = { ...(response.headers ?? {}) };
	let payload = '';
	if (typeof response.body === 'string') {
		payload = response.body;
		headers['Content-Type'] ??= 'text/plain; charset=utf-8';
	} else if (response.body !== undefined) {
		payload = JSON.stringify(response.body);
		headers['Content-Type'] ??= 'application/json';
	}
	res.writeHead(response.status, headers);
	res.end(payload);
}

export interface RunningServer {
	server: Server;
	origin: string;
	close(): Promise<void>;
}

/** Starts a server on loopback; port 0 picks a free port. */
export async function listen(
	handle: (request: SandboxRequest) => Promise<SandboxResponse>,
	port = 0,
	host = '127.0.0.1',
): Promise<RunningServer> {
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const rawBody = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
			const request: SandboxRequest = {
				method: req.method ?? 'GET',
				url,
				path: url.pathname,
				headers: req.headers,
				rawBody,
				body: parseBody(String(req.headers['content-type'] ?? ''), rawBody),
				params: {},
			};
			handle(request).then(
				(response) => {
					if (response.hangUp) req.socket.destroy();
					else if (response.delayMs) setTimeout(() => send(res, response), response.delayMs);
					else send(res, response);
				},
				(error: unknown) =>
					send(res, json(500, { error: 'sandbox_failure', message: String(error) })),
			);
		});
	});
	server.keepAliveTimeout = 1000;
	await new Promise<void>((resolve) => server.listen(port, host, resolve));
	const address = server.address() as AddressInfo;
	return {
		server,
		origin: `http://${host}:${address.port}`,
		close: async () =>
			await new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
