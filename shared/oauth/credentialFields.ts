import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { renewAccessToken } from './tokenEngine';
import { BEARER, placeToken } from './tokenPlacement';
import type { StoredTokenFields, TokenEndpointConfig } from './types';

/**
 * The hidden fields n8n keeps the token in. The expirable flag is what makes n8n call
 * preAuthentication at all; the refresh token is persisted because n8n saves every field the
 * hook returns.
 */
export const tokenStorageFields: INodeProperties[] = [
	{
		displayName: 'Access Token',
		name: 'accessToken',
		type: 'hidden',
		typeOptions: { expirable: true, password: true },
		default: '',
	},
	{
		displayName: 'Refresh Token',
		name: 'refreshToken',
		type: 'hidden',
		typeOptions: { password: true },
		default: '',
	},
];

export function storedTokens(
	credentials: ICredentialDataDecryptedObject,
): Partial<StoredTokenFields> {
	return {
		accessToken: typeof credentials.accessToken === 'string' ? credentials.accessToken : '',
		refreshToken: typeof credentials.refreshToken === 'string' ? credentials.refreshToken : '',
	};
}

export function text(credentials: ICredentialDataDecryptedObject, name: string): string {
	const value = credentials[name];
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number') return String(value);
	return '';
}

/** The resource owner's login, for password-grant credentials. */
export const passwordFields: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		required: true,
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
	},
];

/** The preAuthentication hook of a credential whose token request is described by configOf. */
export function tokenPreAuthentication(
	configOf: (credentials: ICredentialDataDecryptedObject) => TokenEndpointConfig,
) {
	return async function preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		return { ...(await renewAccessToken(this, configOf(credentials), storedTokens(credentials))) };
	};
}

/** The authenticate hook for credentials that send their token as "Authorization: Bearer". */
export async function authenticateWithBearer(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return placeToken(BEARER, String(credentials.accessToken), requestOptions);
}
