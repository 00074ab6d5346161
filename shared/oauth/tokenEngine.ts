import { createHash } from 'crypto';
import type { IHttpRequestHelper } from 'n8n-workflow';

import { TokenRequestError } from './errors';
import { tryParseUrl } from './parameters';
import { buildTokenRequest, TOKEN_REQUEST_TIMEOUT_MS } from './tokenRequest';
import { parseTokenResponse, type RawTokenResponse } from './tokenResponse';
import type { Grant, StoredTokenFields, TokenEndpointConfig, TokenSet } from './types';

/** A token this close to its expiry is treated as expired, so it is not handed out to die in flight. */
const EXPIRY_MARGIN_MS = 30_000;

interface HeldToken {
	token: TokenSet;
	expiresAt?: number;
}

interface IdentityState {
	current?: HeldToken;
	pending?: Promise<HeldToken>;
}

/** One entry per credential identity, shared by every request in this n8n process. */
const identities = new Map<string, IdentityState>();

/**
 * Who is asking for a token: the endpoint, the client and user, and a hash of everything secret
 * or token-shaping. Two credentials with the same identity may share tokens; any change to a secret
 * makes a new identity, so a corrected secret is never masked by an old token.
 */
export function credentialIdentity(config: TokenEndpointConfig): string {
	const shaping = JSON.stringify([
		config.clientSecret,
		config.password ?? '',
		config.grant,
		config.scope ?? '',
		config.audience ?? '',
		config.extraTokenParameters ?? {},
		config.extraRefreshParameters ?? {},
		config.clientAuth,
		config.parameterLocation,
		config.bodyFormat,
		config.responseFields,
	]);
	const digest = createHash('sha256').update(shaping).digest('hex');
	return [config.tokenUrl, config.clientId, config.username ?? '', digest].join('\n');
}

function isFresh(held: HeldToken, now: number): boolean {
	return held.expiresAt === undefined || held.expiresAt - EXPIRY_MARGIN_MS > now;
}

function secretsOf(config: TokenEndpointConfig, refreshToken?: string): string[] {
	return [config.clientSecret, config.password ?? '', refreshToken ?? ''];
}

export function validateConfig(config: TokenEndpointConfig): void {
	const url = tryParseUrl(config.tokenUrl);
	if (url === undefined) {
		throw new TokenRequestError(
			'invalid_configuration',
			'The Token URL is not a valid URL. Enter the full address, starting with https://.',
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new TokenRequestError('invalid_configuration', 'The Token URL must start with https://.');
	}
	if (config.clientAuth !== 'none' && (!config.clientId || !config.clientSecret)) {
		throw new TokenRequestError(
			'invalid_configuration',
			'The Client ID and Client Secret are both required. Enter them, or set Client Authentication to "None" for a public client.',
		);
	}
	if (config.grant === 'password' && (!config.username || !config.password)) {
		throw new TokenRequestError(
			'invalid_configuration',
			'The username and password are both required for the password grant.',
		);
	}
}

/** Network failures in words: n8n rewrites messages that contain the error codes themselves. */
const NETWORK_FAILURES: Record<string, string> = {
	ECONNABORTED: `did not answer within ${TOKEN_REQUEST_TIMEOUT_MS / 1000} s`,
	ETIMEDOUT: `did not answer within ${TOKEN_REQUEST_TIMEOUT_MS / 1000} s`,
	ECONNREFUSED: 'refused the connection',
	ECONNRESET: 'closed the connection without answering',
	ENOTFOUND: 'has a host name that does not resolve',
	EAI_AGAIN: 'has a host name that does not resolve',
};

function unreachable(error: unknown, tokenUrl: string): TokenRequestError {
	const code = String((error as { code?: unknown })?.code ?? '');
	const what = NETWORK_FAILURES[code] ?? 'could not be reached';
	return new TokenRequestError(
		'unreachable',
		`The token endpoint at ${new URL(tokenUrl).origin} ${what}. Check the Token URL and that n8n can reach that host.`,
	);
}

async function requestGrant(
	helper: IHttpRequestHelper,
	config: TokenEndpointConfig,
	grant: Grant,
	refreshToken?: string,
): Promise<TokenSet> {
	const request = buildTokenRequest(config, grant, refreshToken);
	let response: RawTokenResponse;
	try {
		response = (await helper.helpers.httpRequest(request)) as RawTokenResponse;
	} catch (error) {
		throw unreachable(error, config.tokenUrl);
	}
	return parseTokenResponse(
		response,
		config.responseFields,
		grant,
		secretsOf(config, refreshToken),
	);
}

/** Refresh failures after which a fresh login is the right recovery (the token expired, was revoked or already used). */
const REFRESH_REFUSALS = new Set([
	'invalid_grant',
	'invalid_request',
	'http_error',
	'invalid_response',
]);

async function obtainToken(
	helper: IHttpRequestHelper,
	config: TokenEndpointConfig,
	refreshToken: string | undefined,
): Promise<HeldToken> {
	let token: TokenSet | undefined;
	if (refreshToken && config.useRefreshToken) {
		const refreshed = await requestGrant(helper, config, 'refresh_token', refreshToken).then(
			(value) => ({ ok: true as const, value }),
			(error: unknown) => ({ ok: false as const, error }),
		);
		if (refreshed.ok) {
			// RFC 6749 §6: without a new refresh token, the old one stays valid.
			token = { ...refreshed.value, refreshToken: refreshed.value.refreshToken ?? refreshToken };
		} else if (
			!(refreshed.error instanceof TokenRequestError) ||
			!REFRESH_REFUSALS.has(refreshed.error.reason)
		) {
			throw refreshed.error;
		}
	}
	token ??= await requestGrant(helper, config, config.grant);
	const expiresAt = token.expiresIn === undefined ? undefined : Date.now() + token.expiresIn * 1000;
	return { token, expiresAt };
}

/**
 * The body of every preAuthentication hook in this package. n8n calls it when the stored token is
 * empty, after a request with the stored token got a 401, and when the credential is tested.
 *
 * Single-flight per identity: concurrent callers share one token request, and a caller whose
 * token has already been replaced by a newer, still-fresh one gets that one without a request.
 */
export async function renewAccessToken(
	helper: IHttpRequestHelper,
	config: TokenEndpointConfig,
	stored: Partial<StoredTokenFields>,
): Promise<StoredTokenFields> {
	validateConfig(config);
	const key = credentialIdentity(config);
	let state = identities.get(key);
	if (state === undefined) {
		state = {};
		identities.set(key, state);
	}
	const current = state.current;
	if (current && current.token.accessToken !== stored.accessToken && isFresh(current, Date.now())) {
		return toStored(current);
	}
	let pending = state.pending;
	if (pending === undefined) {
		// The newest refresh token wins: single-use refresh tokens are rotated on every use.
		const refreshToken = current?.token.refreshToken ?? (stored.refreshToken || undefined);
		const identity = state;
		pending = obtainToken(helper, config, refreshToken)
			.then((held) => {
				identity.current = held;
				return held;
			})
			.finally(() => {
				identity.pending = undefined;
			});
		identity.pending = pending;
	}
	return toStored(await pending);
}

function toStored(held: HeldToken): StoredTokenFields {
	return { accessToken: held.token.accessToken, refreshToken: held.token.refreshToken ?? '' };
}

/** Forgets every held token; for tests that need a cold start. */
export function forgetAllTokens(): void {
	identities.clear();
}
