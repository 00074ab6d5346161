import {
	NodeApiError,
	NodeOperationError,
	sleep,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type JsonObject,
} from 'n8n-workflow';

import { secretScanner, type SecretScanner } from '../oauth/redact';
import { parseRetryAfter } from '../oauth/tokenResponse';
import { httpFailureError } from './errors';

export interface ApiRequest {
	method: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	headers?: Record<string, string>;
}

export interface TransportOptions {
	/** The provider's name, as users know it, for messages. */
	provider: string;
	credentialType: string;
	/** Retries after 429 and 5xx, for requests that are safe to repeat. */
	maxRetries?: number;
	/** The longest wait a Retry-After may ask for before the request fails instead. */
	maxRetryDelayMs?: number;
	/** The first backoff when the provider gives no Retry-After; doubled each time. */
	baseDelayMs?: number;
	/**
	 * Approves each redirect before the credential follows it; throws to refuse. Redirects are
	 * always followed here, never by the HTTP client, so none escapes this check. The default
	 * allows only the same origin.
	 */
	checkRedirect?: (target: string, from: string) => URL;
	/** What to tell the user when the token could not be renewed after a 401. */
	renewalHint?: string;
}

/** The token could not be renewed after a 401: n8n's refresh or the credential's login failed. */
class RenewalFailure extends Error {
	constructor(readonly reason: unknown) {
		super((reason as Error)?.message || 'the token could not be renewed');
	}
}

const MAX_REDIRECTS = 5;

/** A successful response with the URL it finally came from, for resolving relative links. */
export interface ApiResponse {
	url: string;
	headers: Record<string, unknown>;
	body: unknown;
}

function sameOriginOnly(target: string, from: string): URL {
	const url = new URL(target, from);
	if (url.origin !== new URL(from).origin) {
		throw new Error(
			`Refused to follow a redirect to ${url.origin}: credentials are only sent to ${new URL(from).origin}`,
		);
	}
	return url;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Repeating a request is safe when its method is idempotent or it carries an idempotency key. */
export function isSafeToRepeat(request: ApiRequest): boolean {
	if (IDEMPOTENT_METHODS.has(request.method)) return true;
	return Object.keys(request.headers ?? {}).some(
		(name) => name.toLowerCase() === 'idempotency-key',
	);
}

interface FullResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** What is left of a response once n8n has turned it into an error: its status and body. */
function responseOfError(error: unknown): FullResponse | undefined {
	const failed = error as { httpCode?: unknown; context?: { data?: unknown } };
	const status = Number(failed.httpCode);
	if (!Number.isFinite(status) || status <= 0) return undefined;
	return { statusCode: status, headers: {}, body: failed.context?.data };
}

function header(headers: Record<string, unknown> | undefined, name: string): unknown {
	const key = Object.keys(headers ?? {}).find((candidate) => candidate.toLowerCase() === name);
	return key === undefined ? undefined : headers?.[key];
}

/**
 * Sends a request and returns the response whatever its status. n8n renews a token only when a
 * request fails with 401, and the error it raises for other failures drops the headers (and with
 * them Retry-After); so the request is read in full first, and a 401 is sent once more the way
 * that lets n8n renew the token and retry.
 */
async function send(
	context: IExecuteFunctions,
	credentialType: string,
	options: IHttpRequestOptions,
): Promise<FullResponse> {
	const full = { ...options, returnFullResponse: true };
	const response = (await context.helpers.httpRequestWithAuthentication.call(
		context,
		credentialType,
		{
			...full,
			ignoreHttpStatusErrors: true,
		},
	)) as FullResponse;
	if (response.statusCode !== 401) return response;
	return await context.helpers.httpRequestWithAuthentication
		.call(context, credentialType, full)
		.then(
			(renewed: unknown) => renewed as FullResponse,
			(error: unknown) => {
				const failed = responseOfError(error);
				if (failed) return failed;
				throw new RenewalFailure(error);
			},
		);
}

/**
 * Sends one authenticated request, retrying 429 and 5xx when that is safe, following redirects
 * only where checkRedirect allows, and turning failures into NodeApiErrors that carry the
 * provider's own message and nothing else of the response.
 */
export async function apiRequestWithResponse(
	context: IExecuteFunctions,
	options: TransportOptions,
	request: ApiRequest,
	itemIndex: number,
): Promise<ApiResponse> {
	const maxRetries = options.maxRetries ?? 3;
	const maxDelay = options.maxRetryDelayMs ?? 30_000;
	const baseDelay = options.baseDelayMs ?? 500;
	const checkRedirect = options.checkRedirect ?? sameOriginOnly;
	let current: ApiRequest = request;
	let redirects = 0;
	for (let attempt = 0; ; attempt++) {
		const outcome = await send(context, options.credentialType, {
			method: current.method,
			url: current.url,
			qs: current.qs,
			body: current.body,
			headers: current.headers,
			json: true,
			disableFollowRedirect: true,
		}).then(
			(response) => ({ ok: true as const, response }),
			(error: unknown) => ({ ok: false as const, error }),
		);
		if (!outcome.ok) {
			// No response at all: the host is unreachable, or no token could be had (the token
			// engine's message says which and what to fix).
			const scanner = await credentialScanner(context, options.credentialType, itemIndex);
			const reason = scanner.redact((outcome.error as Error)?.message || 'the request failed');
			const renewal = outcome.error instanceof RenewalFailure;
			throw new NodeApiError(context.getNode(), { message: reason } as JsonObject, {
				message: renewal
					? `${options.provider} could not renew the access token: ${reason}`
					: `${options.provider}: ${reason}`,
				description: renewal
					? (options.renewalHint ??
						'Test the credential, and reconnect it if it signs in with OAuth2.')
					: undefined,
				itemIndex,
			});
		}
		const { statusCode, headers, body } = outcome.response;
		if (statusCode >= 200 && statusCode < 300) {
			// n8n hands back the raw text when JSON does not parse: a body cut short, or garbage.
			const declaredJson = /json/i.test(String(header(headers, 'content-type') ?? ''));
			if (declaredJson && typeof body === 'string' && body.trim() !== '') {
				throw new NodeApiError(context.getNode(), { message: 'Unreadable JSON' } as JsonObject, {
					message: `${options.provider} answered HTTP ${statusCode} with JSON that cannot be read (cut short or malformed)`,
					description: 'Try again; if it keeps happening, the provider is answering incorrectly.',
					httpCode: String(statusCode),
					itemIndex,
				});
			}
			// A provider that echoes the token or secret back must not put it into workflow data.
			const scanner = await credentialScanner(context, options.credentialType, itemIndex);
			return { url: current.url, headers, body: withoutSecrets(body, scanner) };
		}

		const location = header(headers, 'location');
		if (statusCode >= 300 && statusCode < 400 && typeof location === 'string') {
			if (++redirects > MAX_REDIRECTS) {
				throw new NodeApiError(context.getNode(), { message: 'Too many redirects' } as JsonObject, {
					message: `${options.provider} redirected more than ${MAX_REDIRECTS} times`,
					itemIndex,
				});
			}
			const target = new URL(location, current.url).toString();
			const approved = checkRedirectSafely(context, checkRedirect, target, current.url, itemIndex);
			// 303, and 301/302 after a POST, turn into a GET as browsers and RFC 9110 do.
			const becomesGet =
				statusCode === 303 ||
				((statusCode === 301 || statusCode === 302) && current.method === 'POST');
			current = becomesGet
				? { method: 'GET', url: approved.toString() }
				: { ...current, url: approved.toString(), qs: undefined };
			attempt = -1;
			continue;
		}

		const retryable = statusCode === 429 || statusCode >= 500;
		if (!retryable || !isSafeToRepeat(current) || attempt >= maxRetries) {
			throw httpFailureError(context.getNode(), {
				provider: options.provider,
				status: statusCode,
				body,
				itemIndex,
				scanner: await credentialScanner(context, options.credentialType, itemIndex),
			});
		}
		const retryAfter = parseRetryAfter(header(headers, 'retry-after'));
		const delay = retryAfter !== undefined ? retryAfter * 1000 : baseDelay * 2 ** attempt;
		if (delay > maxDelay) {
			throw new NodeApiError(context.getNode(), { message: 'Rate limited' } as JsonObject, {
				message: `${options.provider} answered HTTP ${statusCode} and asked to wait ${Math.ceil(delay / 1000)} s before retrying, longer than the ${Math.ceil(maxDelay / 1000)} s this node waits`,
				description: 'Run the workflow again later, or spread its requests out.',
				httpCode: String(statusCode),
				itemIndex,
			});
		}
		await sleep(delay);
	}
}

function checkRedirectSafely(
	context: IExecuteFunctions,
	check: (target: string, from: string) => URL,
	target: string,
	from: string,
	itemIndex: number,
): URL {
	const verdict = (() => {
		try {
			return { ok: true as const, url: check(target, from) };
		} catch (error) {
			return { ok: false as const, reason: (error as Error).message };
		}
	})();
	if (!verdict.ok) throw new NodeOperationError(context.getNode(), verdict.reason, { itemIndex });
	return verdict.url;
}

/**
 * The credential fields that hold secrets: this package's password fields, and the tokens n8n's
 * OAuth2 keeps in oauthTokenData. Not "token_type" or "accessTokenField", whose values are words.
 */
const SECRET_KEY =
	/^(clientSecret|appSecret|password|accessToken|refreshToken|access_token|refresh_token|id_token)$/;

/** The secret values of a credential (secrets, passwords, tokens), wherever they are nested. */
function secretValues(value: unknown, key = ''): string[] {
	if (typeof value === 'string')
		return SECRET_KEY.test(key) && !/^https?:\/\//i.test(value) ? [value] : [];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([name, entry]) => secretValues(entry, name));
}

const scannersByExecution = new WeakMap<IExecuteFunctions, Map<string, Promise<SecretScanner>>>();

/**
 * What must be taken out of anything the provider or the HTTP client says back: the node's
 * credential secrets and tokens. Read once per node execution and credential type.
 */
async function credentialScanner(
	context: IExecuteFunctions,
	credentialType: string,
	itemIndex: number,
): Promise<SecretScanner> {
	let byType = scannersByExecution.get(context);
	if (!byType) {
		byType = new Map();
		scannersByExecution.set(context, byType);
	}
	let scanner = byType.get(credentialType);
	if (!scanner) {
		scanner = context
			.getCredentials(credentialType, itemIndex)
			.then((data) => secretScanner(secretValues(data)))
			.catch(() => secretScanner([]));
		byType.set(credentialType, scanner);
	}
	return await scanner;
}

/**
 * A response body with every secret of the credential taken out of its strings. One look at the
 * serialized body first: almost always there is nothing to take out, and then nothing is walked.
 */
function withoutSecrets(body: unknown, scanner: SecretScanner): unknown {
	if (body === undefined) return body;
	if (!scanner.appearsIn(typeof body === 'string' ? body : JSON.stringify(body))) return body;
	const clean = (value: unknown): unknown => {
		if (typeof value === 'string') return scanner.redact(value);
		if (Array.isArray(value)) return value.map(clean);
		if (value === null || typeof value !== 'object') return value;
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, clean(entry)]));
	};
	return clean(body);
}

/** apiRequestWithResponse, for callers that need only the body. */
export async function apiRequest(
	context: IExecuteFunctions,
	options: TransportOptions,
	request: ApiRequest,
	itemIndex: number,
): Promise<unknown> {
	return (await apiRequestWithResponse(context, options, request, itemIndex)).body;
}
