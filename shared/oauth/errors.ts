import { redactSecrets } from './redact';

/** Stable codes, so callers and tests can tell failures apart without reading prose. */
export type TokenErrorCode =
	| 'invalid_client'
	| 'invalid_grant'
	| 'unauthorized_client'
	| 'invalid_scope'
	| 'invalid_request'
	| 'unsupported_grant_type'
	| 'rate_limited'
	| 'server_error'
	| 'html_response'
	| 'invalid_json'
	| 'invalid_response'
	| 'unreachable'
	| 'invalid_configuration'
	| 'http_error';

/**
 * A token-endpoint failure with a message that says what to fix. It deliberately carries no
 * HTTP response or request, so nothing downstream can serialise a secret out of it; no status
 * code, so n8n shows this message rather than a generic one for the status; and no `code`
 * property, which n8n's credential test would show instead of the message.
 */
export class TokenRequestError extends Error {
	readonly reason: TokenErrorCode;

	readonly retryAfterSeconds?: number;

	constructor(reason: TokenErrorCode, message: string, retryAfterSeconds?: number) {
		super(message);
		this.name = 'TokenRequestError';
		this.reason = reason;
		this.retryAfterSeconds = retryAfterSeconds;
	}
}

const MAX_DESCRIPTION_LENGTH = 200;

function providerDetail(description: unknown, secrets: Array<string | undefined>): string {
	if (typeof description !== 'string' || description.trim() === '') return '';
	const clean = redactSecrets(description.trim(), secrets).slice(0, MAX_DESCRIPTION_LENGTH);
	return ` The provider said: "${clean}"`;
}

export interface OAuthErrorContext {
	status: number;
	grant: string;
	error?: unknown;
	errorDescription?: unknown;
	retryAfterSeconds?: number;
	secrets: Array<string | undefined>;
}

/** Maps an OAuth error response (RFC 6749 §5.2) or an HTTP failure to an actionable message. */
export function oauthError(context: OAuthErrorContext): TokenRequestError {
	const { status, grant, secrets } = context;
	const detail = providerDetail(context.errorDescription, secrets);
	const code = typeof context.error === 'string' ? context.error : '';

	if (status === 429) {
		const wait =
			context.retryAfterSeconds !== undefined
				? ` Wait ${context.retryAfterSeconds} s before trying again.`
				: ' Wait a moment before trying again.';
		return new TokenRequestError(
			'rate_limited',
			`The token endpoint is limiting requests (HTTP 429).${wait}`,
			context.retryAfterSeconds,
		);
	}
	switch (code) {
		case 'invalid_client':
			return new TokenRequestError(
				'invalid_client',
				`The token endpoint rejected the client (invalid_client). Check the Client ID, the Client Secret and how the client authenticates (Basic header, body or query).${detail}`,
			);
		case 'invalid_grant':
			return new TokenRequestError(
				'invalid_grant',
				grant === 'password'
					? `The token endpoint rejected the username or password (invalid_grant). Check them, and that the account is active.${detail}`
					: `The token endpoint rejected the ${grant} grant (invalid_grant).${detail}`,
			);
		case 'unauthorized_client':
			return new TokenRequestError(
				'unauthorized_client',
				`This client may not use the ${grant} grant (unauthorized_client). Enable that grant for the application at the provider.${detail}`,
			);
		case 'invalid_scope':
			return new TokenRequestError(
				'invalid_scope',
				`The token endpoint refused the requested scope (invalid_scope). Check the Scope field.${detail}`,
			);
		case 'unsupported_grant_type':
			return new TokenRequestError(
				'unsupported_grant_type',
				`The token endpoint does not support the ${grant} grant (unsupported_grant_type). Check the Token URL and the grant this credential uses.${detail}`,
			);
		case 'invalid_request':
			return new TokenRequestError(
				'invalid_request',
				`The token endpoint refused the request as malformed (invalid_request). Check where the credential sends the client authentication and parameters.${detail}`,
			);
	}
	if (status >= 500) {
		return new TokenRequestError(
			'server_error',
			`The token endpoint failed (HTTP ${status}). This is on the provider's side; try again later.${detail}`,
		);
	}
	if (status === 401 || status === 403) {
		return new TokenRequestError(
			'invalid_client',
			`The token endpoint refused the credentials (HTTP ${status}). Check the Client ID and Client Secret${grant === 'password' ? ', the username and the password' : ''}.${detail}`,
		);
	}
	return new TokenRequestError(
		'http_error',
		`The token endpoint answered HTTP ${status}${code ? ` (${redactSecrets(code, secrets).slice(0, 60)})` : ''}. Check the Token URL and the credential's settings.${detail}`,
	);
}
