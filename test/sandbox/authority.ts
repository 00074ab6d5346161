import { randomBytes } from 'crypto';

import { json, type SandboxRequest, type SandboxResponse } from './http';

export interface IssuedToken {
	accessToken: string;
	clientId: string;
	subject: string;
	expiresAt: number;
	/** Extra facts a provider binds to the token (org id, audience, scope). */
	claims: Record<string, string>;
}

export interface TokenRequestRecord {
	clientId: string;
	grant: string;
	at: number;
	ok: boolean;
}

/** A scripted answer that replaces the next real one. */
export interface Fault {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	delayMs?: number;
	hangUp?: boolean;
}

/** Fault presets, so tests and the demo can name what they want to break. */
export const faults = {
	html: (status = 200): Fault => ({
		status,
		body: '<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>',
		headers: { 'Content-Type': 'text/html' },
	}),
	malformedJson: (): Fault => ({
		status: 200,
		body: '{"access_token": "abc", ',
		headers: { 'Content-Type': 'application/json' },
	}),
	rateLimited: (retryAfter: string): Fault => ({
		status: 429,
		body: { error: 'rate_limited', error_description: 'Too many requests' },
		headers: { 'Retry-After': retryAfter },
	}),
	serverError: (status = 503): Fault => ({ status, body: { error: 'server_error' } }),
	oauth: (error: string, status = 400, description = ''): Fault => ({
		status,
		body: { error, error_description: description },
	}),
	hangUp: (): Fault => ({ status: 0, hangUp: true }),
	slow: (delayMs: number): Fault => ({ status: 504, delayMs, body: { error: 'too_slow' } }),
	status: (status: number, body: unknown = { message: `status ${status}` }): Fault => ({
		status,
		body,
	}),
};

const token = (prefix: string) => `${prefix}_${randomBytes(18).toString('base64url')}`;

/**
 * One provider's authorization state: the tokens it issued, the refresh tokens still usable, what
 * was asked of its token endpoint, and the faults queued for its token endpoint and API.
 */
export class Authority {
	readonly tokens = new Map<string, IssuedToken>();

	readonly refreshTokens = new Map<
		string,
		{ clientId: string; subject: string; claims: Record<string, string> }
	>();

	readonly tokenRequests: TokenRequestRecord[] = [];

	/** Every access and refresh token ever issued, kept across resets (for secret scans). */
	readonly everIssued = new Set<string>();

	readonly tokenFaults: Fault[] = [];

	readonly apiFaults: Fault[] = [];

	/** Statuses answered so far by the API, for tests of retries. */
	readonly apiLog: Array<{ method: string; path: string; status: number }> = [];

	constructor(
		readonly prefix: string,
		public tokenLifetimeSeconds: number,
		/** Single-use refresh tokens are forgotten on use, as Blynk's are. */
		readonly singleUseRefresh = false,
	) {}

	issue(
		clientId: string,
		subject: string,
		claims: Record<string, string> = {},
		withRefresh = false,
	) {
		const accessToken = token(`${this.prefix}_at`);
		this.everIssued.add(accessToken);
		this.tokens.set(accessToken, {
			accessToken,
			clientId,
			subject,
			claims,
			expiresAt: Date.now() + this.tokenLifetimeSeconds * 1000,
		});
		const refreshToken = withRefresh ? token(`${this.prefix}_rt`) : undefined;
		if (refreshToken) {
			this.everIssued.add(refreshToken);
			this.refreshTokens.set(refreshToken, { clientId, subject, claims });
		}
		return { accessToken, refreshToken, expiresIn: this.tokenLifetimeSeconds };
	}

	/** Consumes a refresh token: single-use ones are gone after this. */
	redeemRefresh(refreshToken: string, clientId: string) {
		const entry = this.refreshTokens.get(refreshToken);
		if (!entry || entry.clientId !== clientId) return undefined;
		if (this.singleUseRefresh) this.refreshTokens.delete(refreshToken);
		return entry;
	}

	record(clientId: string, grant: string, ok: boolean): void {
		this.tokenRequests.push({ clientId, grant, at: Date.now(), ok });
	}

	tokenRequestCount(filter: { clientId?: string; grant?: string } = {}): number {
		return this.tokenRequests.filter(
			(entry) =>
				(filter.clientId === undefined || entry.clientId === filter.clientId) &&
				(filter.grant === undefined || entry.grant === filter.grant),
		).length;
	}

	/** Makes every access token issued so far invalid, as if its lifetime ran out. */
	expireAll(): void {
		for (const issued of this.tokens.values()) issued.expiresAt = 0;
	}

	/** API calls left before every token expires (a token running out in the middle of a run). */
	private callsUntilExpiry: number | undefined;

	/** Every `calls` API calls, all tokens expire (0 stops it): forced expiries for benchmarks. */
	private expiryPeriod = 0;

	expireAfterCalls(calls: number): void {
		this.callsUntilExpiry = calls;
	}

	expireEveryCalls(calls: number): void {
		this.expiryPeriod = calls;
		this.callsUntilExpiry = calls > 0 ? calls : undefined;
	}

	/** The token a request carries, when it is one this provider issued and it is still valid. */
	verify(request: SandboxRequest): IssuedToken | undefined {
		const header = String(request.headers.authorization ?? '');
		const match = /^Bearer (.+)$/.exec(header);
		if (!match) return undefined;
		return this.accept(match[1]);
	}

	/** A token this provider issued and is still valid, counted towards forced expiries. */
	accept(token: string): IssuedToken | undefined {
		const issued = this.tokens.get(token);
		if (!issued || issued.expiresAt <= Date.now()) return undefined;
		if (this.callsUntilExpiry !== undefined && --this.callsUntilExpiry <= 0) {
			this.callsUntilExpiry = this.expiryPeriod > 0 ? this.expiryPeriod : undefined;
			this.expireAll();
		}
		return issued;
	}

	takeTokenFault(): SandboxResponse | undefined {
		const fault = this.tokenFaults.shift();
		return fault && { ...fault };
	}

	/** Faults for the API call with a given number (0 = the next one), e.g. one item's request. */
	readonly scheduledApiFaults = new Map<number, Fault>();

	private apiCallsSeen = 0;

	takeApiFault(): SandboxResponse | undefined {
		const scheduled = this.scheduledApiFaults.get(this.apiCallsSeen++);
		if (scheduled) return { ...scheduled };
		const fault = this.apiFaults.shift();
		return fault && { ...fault };
	}

	reset(): void {
		this.tokens.clear();
		this.refreshTokens.clear();
		this.tokenRequests.length = 0;
		this.tokenFaults.length = 0;
		this.apiFaults.length = 0;
		this.apiLog.length = 0;
		this.callsUntilExpiry = undefined;
		this.expiryPeriod = 0;
		this.scheduledApiFaults.clear();
		this.apiCallsSeen = 0;
	}

	/** Fails the API call `calls` calls from now with `fault`. */
	failCallAfter(calls: number, fault: Fault): void {
		this.scheduledApiFaults.set(this.apiCallsSeen + calls, fault);
	}

	snapshot() {
		return {
			tokenLifetimeSeconds: this.tokenLifetimeSeconds,
			tokenRequests: this.tokenRequests.length,
			tokenRequestsByGrant: this.tokenRequests.reduce<Record<string, number>>((counts, entry) => {
				counts[entry.grant] = (counts[entry.grant] ?? 0) + 1;
				return counts;
			}, {}),
			liveTokens: [...this.tokens.values()].filter((issued) => issued.expiresAt > Date.now())
				.length,
			queuedTokenFaults: this.tokenFaults.length,
			queuedApiFaults: this.apiFaults.length,
		};
	}
}

/** Decodes "Authorization: Basic", form-decoding both halves as RFC 6749 §2.3.1 requires. */
export function basicCredentials(
	request: SandboxRequest,
): { id: string; secret: string } | undefined {
	const match = /^Basic (.+)$/.exec(String(request.headers.authorization ?? ''));
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return undefined;
	// RFC 6749 form-encodes both parts; a client that does not (n8n's OAuth2 client) may send a
	// '%' that does not decode, which is then a wrong secret, not a server failure.
	const formDecode = (value: string) => {
		try {
			return decodeURIComponent(value.replace(/\+/g, ' '));
		} catch {
			return value;
		}
	};
	return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
}

export const unauthorized = (): SandboxResponse =>
	json(401, { message: 'Unauthorized' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });

export const oauthError = (error: string, description: string, status = 400): SandboxResponse =>
	json(status, { error, error_description: description });
