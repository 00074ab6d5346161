import type { ClientAuthMethod } from './types';

/**
 * application/x-www-form-urlencoded serialisation of one value, as RFC 6749 §2.3.1 requires for
 * the Basic client id and secret (space becomes "+", reserved characters are percent-encoded).
 */
export function formUrlEncode(value: string): string {
	return new URLSearchParams({ v: value }).toString().slice(2);
}

export function basicAuthorization(clientId: string, clientSecret: string): string {
	const pair = `${formUrlEncode(clientId)}:${formUrlEncode(clientSecret)}`;
	return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

export interface ClientAuthTarget {
	headers: Record<string, string>;
	body: Record<string, string>;
	query: Record<string, string>;
}

/** Puts the client's identity where the chosen method says; the token request is built around it. */
export function applyClientAuth(
	method: ClientAuthMethod,
	clientId: string,
	clientSecret: string,
	target: ClientAuthTarget,
): void {
	switch (method) {
		case 'basic':
			target.headers.Authorization = basicAuthorization(clientId, clientSecret);
			return;
		case 'body':
			target.body.client_id = clientId;
			target.body.client_secret = clientSecret;
			return;
		case 'query':
			target.query.client_id = clientId;
			target.query.client_secret = clientSecret;
			return;
		case 'none':
			// A public client identifies itself but has no secret to prove it with.
			if (clientId) target.body.client_id = clientId;
			return;
	}
}
