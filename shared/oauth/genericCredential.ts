import type { ICredentialDataDecryptedObject, INodeProperties } from 'n8n-workflow';

import { text } from './credentialFields';
import { parseExtraParameters } from './parameters';
import type { TokenPlacement } from './tokenPlacement';
import type {
	BodyFormat,
	ClientAuthMethod,
	ParameterLocation,
	TokenEndpointConfig,
	TokenResponseFields,
} from './types';

/** Fields both generic credentials share; the password grant passes its login fields to follow the Token URL. */
export function genericTokenFields(options: {
	useRefreshTokenByDefault: boolean;
	loginFields?: INodeProperties[];
}): INodeProperties[] {
	return [
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://auth.example.com/oauth/token',
			description: "The provider's OAuth2 token endpoint",
		},
		...(options.loginFields ?? []),
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Client Authentication',
			name: 'clientAuth',
			type: 'options',
			options: [
				{
					name: 'Basic Auth Header',
					value: 'basic',
					description: 'Authorization: Basic, as RFC 6749 recommends (client_secret_basic)',
				},
				{
					name: 'In the Body',
					value: 'body',
					description: 'Client_id and client_secret as body parameters (client_secret_post)',
				},
				{
					name: 'In the Query',
					value: 'query',
					description: 'Client_id and client_secret in the URL; only for providers that require it',
				},
				{
					name: 'None (Public Client)',
					value: 'none',
					description: 'Only client_id is sent',
				},
			],
			default: 'basic',
		},
		{
			displayName: 'Send Grant Parameters In',
			name: 'parameterLocation',
			type: 'options',
			options: [
				{ name: 'Body', value: 'body' },
				{ name: 'Query', value: 'query' },
			],
			default: 'body',
			description:
				'Where grant_type and the other grant parameters go. Almost every provider wants the body.',
		},
		{
			displayName: 'Body Format',
			name: 'bodyFormat',
			type: 'options',
			options: [
				{ name: 'Form (Application/x-Www-Form-Urlencoded)', value: 'form' },
				{ name: 'JSON', value: 'json' },
			],
			default: 'form',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: '',
			description: 'Space-separated scopes to request. Leave empty for the provider default.',
		},
		{
			displayName: 'Audience',
			name: 'audience',
			type: 'string',
			default: '',
			description: 'Sent as the audience parameter when set (Auth0 and similar servers need it)',
		},
		{
			displayName: 'Extra Token Parameters',
			name: 'extraTokenParameters',
			type: 'json',
			default: '{}',
			description:
				'JSON object of further parameters for the token request, e.g. {"resource": "https://api.example.com"}',
		},
		{
			displayName: 'Use Refresh Token',
			name: 'useRefreshToken',
			type: 'boolean',
			default: options.useRefreshTokenByDefault,
			description:
				'Whether to renew with the refresh token when the server issued one, falling back to a new grant if it is refused',
		},
		{
			displayName: 'Extra Refresh Parameters',
			name: 'extraRefreshParameters',
			type: 'json',
			default: '{}',
			displayOptions: { show: { useRefreshToken: [true] } },
			description: 'JSON object of further parameters for the refresh_token request',
		},
		{
			displayName: 'Access Token Field',
			name: 'accessTokenField',
			type: 'string',
			default: 'access_token',
			description:
				'Where the token sits in the response; use a dot path for nested responses, e.g. data.access_token',
		},
		{
			displayName: 'Expires In Field',
			name: 'expiresInField',
			type: 'string',
			default: 'expires_in',
			description: 'Where the lifetime in seconds sits in the response, e.g. data.expires_in',
		},
		{
			displayName: 'Refresh Token Field',
			name: 'refreshTokenField',
			type: 'string',
			default: 'refresh_token',
		},
		{
			displayName: 'Send Token As',
			name: 'tokenPlacement',
			type: 'options',
			options: [
				{ name: 'Authorization Header', value: 'authorization' },
				{ name: 'Custom Header', value: 'header' },
				{ name: 'Query Parameter', value: 'query' },
			],
			default: 'authorization',
		},
		{
			displayName: 'Token Prefix',
			name: 'tokenPrefix',
			type: 'string',
			default: 'Bearer',
			displayOptions: { show: { tokenPlacement: ['authorization', 'header'] } },
			description: 'Written before the token, e.g. Bearer. Leave empty to send the token alone.',
		},
		{
			displayName: 'Header Name',
			name: 'tokenHeaderName',
			type: 'string',
			default: 'X-Access-Token',
			displayOptions: { show: { tokenPlacement: ['header'] } },
		},
		{
			displayName: 'Query Parameter Name',
			name: 'tokenQueryParameter',
			type: 'string',
			default: 'access_token',
			displayOptions: { show: { tokenPlacement: ['query'] } },
		},
		{
			displayName: 'Test URL',
			name: 'testUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://api.example.com/me',
			description:
				'An API address that answers a GET with 2xx for a valid token; the Test button fetches a token and calls it',
		},
	];
}

function option<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
	return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The token type is read beside the access token, so a nested response needs only one path. */
function responseFields(credentials: ICredentialDataDecryptedObject): TokenResponseFields {
	const accessToken = text(credentials, 'accessTokenField') || 'access_token';
	const parent = accessToken.includes('.')
		? accessToken.slice(0, accessToken.lastIndexOf('.') + 1)
		: '';
	return {
		accessToken,
		expiresIn: text(credentials, 'expiresInField') || 'expires_in',
		refreshToken: text(credentials, 'refreshTokenField') || 'refresh_token',
		tokenType: `${parent}token_type`,
		adjustable: true,
	};
}

export function genericTokenConfig(
	credentials: ICredentialDataDecryptedObject,
	grant: TokenEndpointConfig['grant'],
): TokenEndpointConfig {
	return {
		tokenUrl: text(credentials, 'tokenUrl'),
		grant,
		clientId: text(credentials, 'clientId'),
		clientSecret: typeof credentials.clientSecret === 'string' ? credentials.clientSecret : '',
		clientAuth: option<ClientAuthMethod>(
			text(credentials, 'clientAuth'),
			['basic', 'body', 'query', 'none'],
			'basic',
		),
		parameterLocation: option<ParameterLocation>(
			text(credentials, 'parameterLocation'),
			['body', 'query'],
			'body',
		),
		bodyFormat: option<BodyFormat>(text(credentials, 'bodyFormat'), ['form', 'json'], 'form'),
		username: text(credentials, 'username'),
		password: typeof credentials.password === 'string' ? credentials.password : '',
		scope: text(credentials, 'scope'),
		audience: text(credentials, 'audience'),
		extraTokenParameters: parseExtraParameters(
			credentials.extraTokenParameters,
			'Extra Token Parameters',
		),
		extraRefreshParameters: parseExtraParameters(
			credentials.extraRefreshParameters,
			'Extra Refresh Parameters',
		),
		useRefreshToken: credentials.useRefreshToken === true,
		responseFields: responseFields(credentials),
	};
}

export function genericTokenPlacement(credentials: ICredentialDataDecryptedObject): TokenPlacement {
	const placement = text(credentials, 'tokenPlacement');
	const prefix = typeof credentials.tokenPrefix === 'string' ? credentials.tokenPrefix : 'Bearer';
	if (placement === 'header') {
		return { in: 'header', name: text(credentials, 'tokenHeaderName') || 'X-Access-Token', prefix };
	}
	if (placement === 'query') {
		return { in: 'query', name: text(credentials, 'tokenQueryParameter') || 'access_token' };
	}
	return { in: 'authorization', prefix };
}
