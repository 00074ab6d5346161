import type { IHttpRequestOptions } from 'n8n-workflow';

import { applyClientAuth, type ClientAuthTarget } from './clientAuth';
import type { Grant, TokenEndpointConfig } from './types';

/** Token requests that hang would stall every request waiting on them, so they get a deadline. */
export const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

function grantParameters(config: TokenEndpointConfig, grant: Grant, refreshToken?: string) {
	const params: Record<string, string> = {};
	if (grant === 'refresh_token') {
		params.refresh_token = refreshToken ?? '';
		Object.assign(params, config.extraRefreshParameters);
		return params;
	}
	if (grant === 'password') {
		params.username = config.username ?? '';
		params.password = config.password ?? '';
	}
	if (config.scope) params.scope = config.scope;
	if (config.audience) params.audience = config.audience;
	Object.assign(params, config.extraTokenParameters);
	return params;
}

/**
 * Builds the HTTP request for one grant. The response is read as text with status errors ignored,
 * so the engine can validate it itself and no HTTP library error (which would carry the request,
 * secrets included) ever leaves the engine.
 */
export function buildTokenRequest(
	config: TokenEndpointConfig,
	grant: Grant,
	refreshToken?: string,
): IHttpRequestOptions {
	const target: ClientAuthTarget = { headers: { Accept: 'application/json' }, body: {}, query: {} };
	if (config.parameterLocation === 'query') target.query.grant_type = grant;
	else target.body.grant_type = grant;

	const params = grantParameters(config, grant, refreshToken);
	Object.assign(config.parameterLocation === 'query' ? target.query : target.body, params);
	applyClientAuth(config.clientAuth, config.clientId, config.clientSecret, target);

	const request: IHttpRequestOptions = {
		method: 'POST',
		url: config.tokenUrl,
		headers: target.headers,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		encoding: 'text',
		json: false,
		timeout: TOKEN_REQUEST_TIMEOUT_MS,
	};
	if (Object.keys(target.query).length > 0) request.qs = target.query;
	if (Object.keys(target.body).length > 0) {
		if (config.bodyFormat === 'json') {
			target.headers['Content-Type'] = 'application/json';
			request.body = JSON.stringify(target.body);
		} else {
			target.headers['Content-Type'] = 'application/x-www-form-urlencoded';
			request.body = new URLSearchParams(target.body).toString();
		}
	}
	return request;
}
