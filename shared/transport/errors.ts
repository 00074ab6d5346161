import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import { readPath } from '../oauth/tokenResponse';
import { tryParseJson } from '../oauth/parameters';
import { redactSecrets } from '../oauth/redact';

const MAX_MESSAGE_LENGTH = 300;

/**
 * The provider's own words from an error body, whichever of the shapes our providers use:
 * NestJS {message: string | string[]}, Rose Rocket v1 {error_message}, Blynk {error: {message}},
 * Rokt {data: {code, message}}, OAuth {error, error_description}, Roaring {error, message}.
 */
export function providerMessage(body: unknown): string | undefined {
	let parsed = body;
	if (typeof body === 'string') {
		const json = tryParseJson(body);
		if (!json.ok) return undefined;
		parsed = json.value;
	}
	const candidates = [
		readPath(parsed, 'error_description'),
		readPath(parsed, 'error_message'),
		readPath(parsed, 'error.message'),
		readPath(parsed, 'data.message'),
		readPath(parsed, 'message'),
		readPath(parsed, 'error'),
	];
	for (const candidate of candidates) {
		if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
		if (Array.isArray(candidate) && candidate.every((entry) => typeof entry === 'string')) {
			return candidate.join('; ');
		}
	}
	return undefined;
}

function advice(status: number): string {
	if (status === 401)
		return 'The credential was refused even after renewing its token: test the credential, and reconnect it if needed.';
	if (status === 403)
		return 'The credential is valid but lacks permission for this: check the account or app permissions at the provider.';
	if (status === 404) return 'Nothing exists at this address: check the ID or path.';
	if (status === 409)
		return 'The request conflicts with the current state (for example, a repeated idempotency key).';
	if (status === 429)
		return 'The provider is limiting requests: lower the rate, or try again later.';
	if (status >= 500) return "This is on the provider's side: try again later.";
	return 'Check the parameters of this operation.';
}

export interface HttpFailure {
	provider: string;
	status: number;
	body?: unknown;
	itemIndex?: number;
	secrets?: string[];
}

/** An HTTP failure as a NodeApiError built only from safe parts: status, the provider's message, advice. */
export function httpFailureError(node: INode, failure: HttpFailure): NodeApiError {
	const said = providerMessage(failure.body);
	const clean = said
		? redactSecrets(said, failure.secrets ?? []).slice(0, MAX_MESSAGE_LENGTH)
		: undefined;
	const message = `${failure.provider} answered HTTP ${failure.status}${clean ? `: ${clean}` : ''}`;
	const description = advice(failure.status);
	const httpCode = String(failure.status);
	return new NodeApiError(node, { message, description, httpCode } as JsonObject, {
		message,
		description,
		httpCode,
		itemIndex: failure.itemIndex,
	});
}
