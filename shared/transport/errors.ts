import { NodeApiError, type IDataObject, type INode, type JsonObject } from 'n8n-workflow';

import { readPath } from '../oauth/tokenResponse';
import { tryParseJson } from '../oauth/parameters';
import type { SecretScanner } from '../oauth/redact';

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
	/** Takes the credential's secrets out of what the provider said. */
	scanner?: SecretScanner;
}

/** An HTTP failure as a NodeApiError built only from safe parts: status, the provider's message, advice. */
export function httpFailureError(node: INode, failure: HttpFailure): NodeApiError {
	const said = providerMessage(failure.body);
	const clean = said
		? (failure.scanner?.redact(said) ?? said).slice(0, MAX_MESSAGE_LENGTH)
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

/**
 * The list an operation reads from a response (`field` of the body, or the body itself when
 * `field` is empty). A response without it is an error, never an empty result: an empty list
 * would silently drop the item that asked.
 */
export function listIn(
	node: INode,
	provider: string,
	body: unknown,
	field: string,
	itemIndex: number,
): IDataObject[] {
	const list = field ? readPath(body, field) : body;
	if (Array.isArray(list)) return list as IDataObject[];
	const where = field ? `the "${field}" list` : 'a list';
	throw new NodeApiError(node, { message: `No ${where}` } as JsonObject, {
		message: `${provider} answered without ${where} this operation reads`,
		description:
			'The provider answered in an unexpected shape: try again, and check the API URL in the credential.',
		itemIndex,
	});
}
