/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fixed test values, not real secrets */
import { TokenRequestError } from '../../../shared/oauth/errors';
import { parseRetryAfter, parseTokenResponse, readPath } from '../../../shared/oauth/tokenResponse';
import { STANDARD_RESPONSE_FIELDS } from '../../../shared/oauth/types';

const SECRET = 'sup3r-s3cret-value';
const ok = (body: unknown, statusCode = 200, headers: Record<string, unknown> = {}) => ({
	statusCode,
	headers,
	body: typeof body === 'string' ? body : JSON.stringify(body),
});
const parse = (
	response: ReturnType<typeof ok>,
	fields = STANDARD_RESPONSE_FIELDS,
	grant: 'client_credentials' | 'password' = 'client_credentials',
) => parseTokenResponse(response, fields, grant, [SECRET]);
const failure = (
	response: ReturnType<typeof ok>,
	grant: 'client_credentials' | 'password' = 'client_credentials',
) => {
	try {
		parse(response, STANDARD_RESPONSE_FIELDS, grant);
	} catch (error) {
		expect(error).toBeInstanceOf(TokenRequestError);
		return error as TokenRequestError;
	}
	throw new Error('expected a TokenRequestError');
};

describe('valid responses', () => {
	test('canonicalises the token type and coerces a numeric expiry', () => {
		expect(
			parse(
				ok({ access_token: 'at', token_type: 'bearer', expires_in: '3600', refresh_token: 'rt' }),
			),
		).toEqual({
			accessToken: 'at',
			tokenType: 'Bearer',
			expiresIn: 3600,
			refreshToken: 'rt',
		});
	});

	test('a missing token type means Bearer and a missing expiry stays unknown', () => {
		expect(parse(ok({ access_token: 'at' }))).toEqual({
			accessToken: 'at',
			tokenType: 'Bearer',
			expiresIn: undefined,
			refreshToken: undefined,
		});
	});

	test('reads a nested token by its dot path', () => {
		const fields = {
			accessToken: 'data.access_token',
			expiresIn: 'data.expires_in',
			refreshToken: 'data.refresh_token',
			tokenType: 'data.token_type',
		};
		expect(parse(ok({ data: { access_token: 'at', expires_in: 86400 } }), fields)).toMatchObject({
			accessToken: 'at',
			expiresIn: 86400,
		});
		expect(readPath({ 'a.b': 1, a: { b: 2 } }, 'a.b')).toBe(1);
	});
});

describe('refused responses', () => {
	test.each([
		['invalid_client', 401, /rejected the client \(invalid_client\)/],
		['invalid_scope', 400, /refused the requested scope \(invalid_scope\). Check the Scope field/],
		['unauthorized_client', 400, /may not use the client_credentials grant/],
		['unsupported_grant_type', 400, /does not support the client_credentials grant/],
		['invalid_request', 400, /refused the request as malformed/],
	])('%s is explained', (error, status, message) => {
		const refused = failure(ok({ error, error_description: `bad ${SECRET}` }, status));
		expect(refused.reason).toBe(error);
		expect(refused.message).toMatch(message);
		expect(refused.message).toContain('[redacted]');
		expect(refused.message).not.toContain(SECRET);
	});

	test('invalid_grant on a password grant points at the username and password', () => {
		expect(failure(ok({ error: 'invalid_grant' }, 400), 'password').message).toMatch(
			/username or password/,
		);
	});

	test('429 reports the wait from Retry-After', () => {
		const refused = failure(ok({ error: 'slow_down' }, 429, { 'Retry-After': '17' }));
		expect(refused).toMatchObject({ reason: 'rate_limited', retryAfterSeconds: 17 });
		expect(refused.message).toMatch(/Wait 17 s/);
	});

	test('5xx says the fault is on the provider side', () => {
		expect(failure(ok('<html>oops</html>', 502))).toMatchObject({ reason: 'server_error' });
	});

	test('an HTML page with 200 names the Token URL as the thing to check', () => {
		expect(failure(ok('<!DOCTYPE html><html><body>Login</body></html>'))).toMatchObject({
			reason: 'html_response',
			message: expect.stringMatching(/Check the Token URL/),
		});
	});

	test('malformed JSON, a missing token and a non-Bearer type are refused', () => {
		expect(failure(ok('{"access_token": '))).toMatchObject({ reason: 'invalid_json' });
		expect(failure(ok({ token: 'at' }))).toMatchObject({
			reason: 'invalid_response',
			message: expect.stringMatching(/no "access_token"/),
		});
		expect(failure(ok({ access_token: 42 }))).toMatchObject({ reason: 'invalid_response' });
		expect(failure(ok({ access_token: 'at', token_type: 'mac' }))).toMatchObject({
			message: expect.stringMatching(/"mac" token.*only send Bearer/),
		});
		expect(failure(ok({ access_token: 'at', expires_in: 'soon' }))).toMatchObject({
			message: expect.stringMatching(/not a number of seconds/),
		});
	});

	test('an OAuth error sent with HTTP 200 is still an error', () => {
		expect(failure(ok({ error: 'invalid_client' }))).toMatchObject({ reason: 'invalid_client' });
	});
});

test('Retry-After accepts seconds and HTTP dates', () => {
	const now = Date.parse('2026-11-22T10:00:00Z');
	expect(parseRetryAfter('120', now)).toBe(120);
	expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now)).toBe(30);
	expect(parseRetryAfter('soon', now)).toBeUndefined();
});
