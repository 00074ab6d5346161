/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fixed test values, not real secrets */
import { basicAuthorization, formUrlEncode } from '../../../shared/oauth/clientAuth';
import { buildTokenRequest } from '../../../shared/oauth/tokenRequest';
import { STANDARD_RESPONSE_FIELDS, type TokenEndpointConfig } from '../../../shared/oauth/types';

const config = (overrides: Partial<TokenEndpointConfig> = {}): TokenEndpointConfig => ({
	tokenUrl: 'https://auth.example.com/oauth/token',
	grant: 'client_credentials',
	clientId: 's6BhdRkqt3',
	clientSecret: '7Fjfp0ZBr1KtDRbnfVdmIw',
	clientAuth: 'basic',
	parameterLocation: 'body',
	bodyFormat: 'form',
	useRefreshToken: false,
	responseFields: STANDARD_RESPONSE_FIELDS,
	...overrides,
});

describe('client authentication', () => {
	test('Basic matches RFC 6749 §4.4.2 for plain values', () => {
		expect(basicAuthorization('s6BhdRkqt3', '7Fjfp0ZBr1KtDRbnfVdmIw')).toBe(
			'Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3',
		);
	});

	test('Basic form-encodes both halves before base64 (RFC 6749 §2.3.1)', () => {
		expect(formUrlEncode('a b:c/d+e=f&g%h~i*j')).toBe('a+b%3Ac%2Fd%2Be%3Df%26g%25h%7Ei*j');
		const header = basicAuthorization('id:with colon', 'sécret');
		expect(Buffer.from(header.slice('Basic '.length), 'base64').toString()).toBe(
			'id%3Awith+colon:s%C3%A9cret',
		);
	});
});

describe('buildTokenRequest', () => {
	test('client_credentials with Basic: form body, Accept JSON, text response read without status errors', () => {
		const request = buildTokenRequest(
			config({ scope: 'read write', audience: 'https://api.example.com' }),
			'client_credentials',
		);
		expect(request).toMatchObject({
			method: 'POST',
			url: 'https://auth.example.com/oauth/token',
			headers: {
				Accept: 'application/json',
				Authorization: 'Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3',
				'Content-Type': 'application/x-www-form-urlencoded',
			},
			body: 'grant_type=client_credentials&scope=read+write&audience=https%3A%2F%2Fapi.example.com',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			json: false,
		});
		expect(request.qs).toBeUndefined();
	});

	test('password grant with the secret in a JSON body (Rose Rocket legacy)', () => {
		const request = buildTokenRequest(
			config({
				grant: 'password',
				clientAuth: 'body',
				bodyFormat: 'json',
				username: 'u@example.com',
				password: 'p "w"',
			}),
			'password',
		);
		expect(request.headers).toEqual({
			Accept: 'application/json',
			'Content-Type': 'application/json',
		});
		expect(JSON.parse(String(request.body))).toEqual({
			grant_type: 'password',
			username: 'u@example.com',
			password: 'p "w"',
			client_id: 's6BhdRkqt3',
			client_secret: '7Fjfp0ZBr1KtDRbnfVdmIw',
		});
	});

	test('grant in the query with the client in the query and no body (Blynk query mode)', () => {
		const request = buildTokenRequest(
			config({ clientAuth: 'query', parameterLocation: 'query' }),
			'client_credentials',
		);
		expect(request.qs).toEqual({
			grant_type: 'client_credentials',
			client_id: 's6BhdRkqt3',
			client_secret: '7Fjfp0ZBr1KtDRbnfVdmIw',
		});
		expect(request.body).toBeUndefined();
		expect(request.headers).toEqual({ Accept: 'application/json' });
	});

	test("refresh carries only the refresh token and the refresh extras, not the first grant's", () => {
		const request = buildTokenRequest(
			config({
				scope: 'read',
				extraTokenParameters: { resource: 'r' },
				extraRefreshParameters: { org_id: 'o1' },
			}),
			'refresh_token',
			'rt-123',
		);
		expect(request.body).toBe('grant_type=refresh_token&refresh_token=rt-123&org_id=o1');
	});

	test('a public client sends only its id', () => {
		const request = buildTokenRequest(
			config({ clientAuth: 'none', clientSecret: '' }),
			'client_credentials',
		);
		expect(request.body).toBe('grant_type=client_credentials&client_id=s6BhdRkqt3');
		expect(request.headers?.Authorization).toBeUndefined();
	});
});
