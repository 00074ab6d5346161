import { oauthError, TokenRequestError } from './errors';
import { tryParseJson } from './parameters';
import type { Grant, TokenResponseFields, TokenSet } from './types';

export interface RawTokenResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** Reads a dot path ("data.access_token"); a plain key that itself contains dots wins. */
export function readPath(source: unknown, path: string): unknown {
	if (source === null || typeof source !== 'object') return undefined;
	const record = source as Record<string, unknown>;
	if (path in record) return record[path];
	let current: unknown = source;
	for (const key of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

/** Retry-After as seconds, from either form RFC 9110 allows (delay-seconds or an HTTP date). */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+$/.test(text)) return Number(text);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, Math.ceil((date - now) / 1000));
}

function bodyText(body: unknown): string {
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	if (body === undefined || body === null) return '';
	return JSON.stringify(body);
}

function looksLikeHtml(text: string): boolean {
	return /^\s*<(!doctype|html|head|body)\b/i.test(text);
}

function header(headers: Record<string, unknown>, name: string): unknown {
	const key = Object.keys(headers ?? {}).find((candidate) => candidate.toLowerCase() === name);
	return key === undefined ? undefined : headers[key];
}

function parseJson(text: string, status: number): unknown {
	if (looksLikeHtml(text)) {
		throw new TokenRequestError(
			'html_response',
			`The token endpoint answered with an HTML page instead of JSON (HTTP ${status}). Check the Token URL: it must be the OAuth2 token endpoint, not a login or error page.`,
		);
	}
	const parsed = tryParseJson(text);
	if (!parsed.ok) {
		throw new TokenRequestError(
			'invalid_json',
			`The token endpoint answered with something that is not JSON (HTTP ${status}). Check the Token URL.`,
		);
	}
	return parsed.value;
}

function parseExpiresIn(value: unknown, field: string): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const seconds =
		typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
	if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
		throw new TokenRequestError(
			'invalid_response',
			`The token response has a "${field}" that is not a number of seconds. Check the Expires In field setting.`,
		);
	}
	return seconds;
}

function canonicalTokenType(value: unknown, field: string): 'Bearer' {
	if (value === undefined || value === null || value === '') return 'Bearer';
	if (typeof value === 'string' && value.toLowerCase() === 'bearer') return 'Bearer';
	const shown = typeof value === 'string' ? value.slice(0, 40) : typeof value;
	throw new TokenRequestError(
		'invalid_response',
		`The token endpoint issued a "${shown}" token (field "${field}"), but this credential can only send Bearer tokens.`,
	);
}

/**
 * Validates a token endpoint's answer and returns a canonical token set. Anything that is not a
 * usable token becomes a TokenRequestError whose message names what to fix; secrets are redacted.
 */
export function parseTokenResponse(
	response: RawTokenResponse,
	fields: TokenResponseFields,
	grant: Grant,
	secrets: Array<string | undefined>,
): TokenSet {
	const status = response.statusCode;
	const text = bodyText(response.body);

	if (status < 200 || status >= 300) {
		const parsed = looksLikeHtml(text) ? { ok: false as const } : tryParseJson(text);
		return throwError(
			status,
			grant,
			parsed.ok ? parsed.value : undefined,
			response.headers,
			secrets,
		);
	}

	const parsed = parseJson(text, status);
	// Some servers report OAuth errors with HTTP 200.
	if (
		readPath(parsed, 'error') !== undefined &&
		readPath(parsed, fields.accessToken) === undefined
	) {
		return throwError(400, grant, parsed, response.headers, secrets);
	}
	const accessToken = readPath(parsed, fields.accessToken);
	if (typeof accessToken !== 'string' || accessToken === '') {
		throw new TokenRequestError(
			'invalid_response',
			`The token response has no "${fields.accessToken}" string. ${
				fields.adjustable
					? 'If this provider puts the token elsewhere (for example "data.access_token"), set the Access Token Field.'
					: "Check the credential's server or token URL: the answer did not come from this provider's token endpoint, or it changed its format."
			}`,
		);
	}
	const refreshToken = readPath(parsed, fields.refreshToken);
	return {
		accessToken,
		tokenType: canonicalTokenType(readPath(parsed, fields.tokenType), fields.tokenType),
		expiresIn: parseExpiresIn(readPath(parsed, fields.expiresIn), fields.expiresIn),
		refreshToken:
			typeof refreshToken === 'string' && refreshToken !== '' ? refreshToken : undefined,
	};
}

function throwError(
	status: number,
	grant: Grant,
	parsed: unknown,
	headers: Record<string, unknown>,
	secrets: Array<string | undefined>,
): never {
	throw oauthError({
		status,
		grant,
		error: readPath(parsed, 'error'),
		// RFC 6749 first, then the shapes providers use instead (Rose Rocket, Blynk, NestJS).
		errorDescription:
			readPath(parsed, 'error_description') ??
			readPath(parsed, 'error_message') ??
			readPath(parsed, 'error.message') ??
			readPath(parsed, 'message'),
		retryAfterSeconds: parseRetryAfter(header(headers, 'retry-after')),
		secrets,
	});
}
