import type { IHttpRequestOptions } from 'n8n-workflow';

/** How an access token travels on API requests. */
export type TokenPlacement =
	| { in: 'authorization'; prefix: string }
	| { in: 'header'; name: string; prefix: string }
	| { in: 'query'; name: string };

export const BEARER: TokenPlacement = { in: 'authorization', prefix: 'Bearer' };

function withPrefix(prefix: string, token: string): string {
	return prefix.trim() ? `${prefix.trim()} ${token}` : token;
}

/**
 * Returns a copy of the request carrying the token. n8n calls this again on the same request
 * after a token renewal, so it replaces any earlier token instead of adding a second one.
 */
export function placeToken(
	placement: TokenPlacement,
	token: string,
	request: IHttpRequestOptions,
): IHttpRequestOptions {
	const headers = { ...(request.headers ?? {}) };
	switch (placement.in) {
		case 'authorization':
			for (const name of Object.keys(headers)) {
				if (name.toLowerCase() === 'authorization') delete headers[name];
			}
			headers.Authorization = withPrefix(placement.prefix, token);
			return { ...request, headers };
		case 'header':
			headers[placement.name] = withPrefix(placement.prefix, token);
			return { ...request, headers };
		case 'query':
			return { ...request, qs: { ...(request.qs ?? {}), [placement.name]: token } };
	}
}
