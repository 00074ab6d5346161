import {
	NodeApiError,
	sleep,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type JsonObject,
} from 'n8n-workflow';

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
				throw error;
			},
		);
}

/**
 * Sends one authenticated request, retrying 429 and 5xx when that is safe, and turning failures
 * into NodeApiErrors that carry the provider's own message and nothing else of the response.
 */
export async function apiRequest(
	context: IExecuteFunctions,
	options: TransportOptions,
	request: ApiRequest,
	itemIndex: number,
): Promise<unknown> {
	const maxRetries = options.maxRetries ?? 3;
	const maxDelay = options.maxRetryDelayMs ?? 30_000;
	const baseDelay = options.baseDelayMs ?? 500;
	const httpOptions: IHttpRequestOptions = {
		method: request.method,
		url: request.url,
		qs: request.qs,
		body: request.body,
		headers: request.headers,
		json: true,
	};
	for (let attempt = 0; ; attempt++) {
		const outcome = await send(context, options.credentialType, { ...httpOptions }).then(
			(response) => ({ ok: true as const, response }),
			(error: unknown) => ({ ok: false as const, error }),
		);
		if (!outcome.ok) {
			// No response at all: the host is unreachable, or no token could be had (the token
			// engine's message says which and what to fix).
			const reason = (outcome.error as Error)?.message || 'the request failed';
			throw new NodeApiError(context.getNode(), { message: reason } as JsonObject, {
				message: `${options.provider}: ${reason}`,
				itemIndex,
			});
		}
		const { statusCode, headers, body } = outcome.response;
		if (statusCode >= 200 && statusCode < 300) return body;
		const retryable = statusCode === 429 || statusCode >= 500;
		if (!retryable || !isSafeToRepeat(request) || attempt >= maxRetries) {
			throw httpFailureError(context.getNode(), {
				provider: options.provider,
				status: statusCode,
				body,
				itemIndex,
			});
		}
		const retryAfter = parseRetryAfter(header(headers, 'retry-after'));
		const delay = retryAfter !== undefined ? retryAfter * 1000 : baseDelay * 2 ** attempt;
		if (delay > maxDelay) {
			throw new NodeApiError(context.getNode(), { message: 'Rate limited' } as JsonObject, {
				message: `${options.provider} asked to wait ${Math.ceil(delay / 1000)} s before retrying, longer than the ${Math.ceil(maxDelay / 1000)} s this node waits`,
				description: 'Run the workflow again later, or spread its requests out.',
				httpCode: String(statusCode),
				itemIndex,
			});
		}
		await sleep(delay);
	}
}
