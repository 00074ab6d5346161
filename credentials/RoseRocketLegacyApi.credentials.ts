import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import {
	passwordFields,
	tokenPreAuthentication,
	tokenStorageFields,
	text,
	authenticateWithBearer,
} from '../shared/oauth/credentialFields';
import { joinUrl } from '../shared/oauth/parameters';
import type { TokenEndpointConfig } from '../shared/oauth/types';

const ENVIRONMENTS: Record<string, { auth: string; api: string }> = {
	production: { auth: 'https://auth.roserocket.com', api: 'https://platform.roserocket.com' },
	sandbox01: {
		auth: 'https://auth.sandbox01.roserocket.com',
		api: 'https://platform.sandbox01.roserocket.com',
	},
};

const API_HOSTS = Object.fromEntries(
	Object.entries(ENVIRONMENTS).map(([environment, hosts]) => [environment, hosts.api]),
);

/** The auth and API hosts for the chosen environment, or the custom ones. */
export function roseRocketLegacyHosts(credentials: ICredentialDataDecryptedObject) {
	const preset = ENVIRONMENTS[text(credentials, 'environment')];
	if (preset) return preset;
	return { auth: text(credentials, 'authUrl'), api: text(credentials, 'apiUrl') };
}

/** The legacy login: a password grant with a JSON body, answered with the token nested under "data". */
export function roseRocketLegacyTokenConfig(
	credentials: ICredentialDataDecryptedObject,
): TokenEndpointConfig {
	return {
		tokenUrl: joinUrl(roseRocketLegacyHosts(credentials).auth, '/oauth2/token'),
		grant: 'password',
		clientId: text(credentials, 'clientId'),
		clientSecret: String(credentials.clientSecret ?? ''),
		clientAuth: 'body',
		parameterLocation: 'body',
		bodyFormat: 'json',
		username: text(credentials, 'username'),
		password: String(credentials.password ?? ''),
		// No refresh token is issued: a 24 h token is renewed by logging in again.
		useRefreshToken: false,
		responseFields: {
			accessToken: 'data.access_token',
			expiresIn: 'data.expires_in',
			refreshToken: 'data.refresh_token',
			tokenType: 'data.token_type',
		},
	};
}

export class RoseRocketLegacyApi implements ICredentialType {
	name = 'roseRocketLegacyApi';

	displayName = 'Rose Rocket Legacy Login API';

	icon: Icon = { light: 'file:../icons/roseRocket.svg', dark: 'file:../icons/roseRocket.dark.svg' };

	documentationUrl = 'https://github.com/oauth-connectors/n8n-nodes-oauth-connectors#rose-rocket';

	properties: INodeProperties[] = [
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Production', value: 'production' },
				{ name: 'Sandbox (Sandbox01)', value: 'sandbox01' },
				{ name: 'Custom Hosts', value: 'custom' },
			],
			default: 'production',
		},
		{
			displayName: 'Auth URL',
			name: 'authUrl',
			type: 'string',
			default: '',
			placeholder: 'https://auth.roserocket.com',
			displayOptions: { show: { environment: ['custom'] } },
			description: 'The login host; the token is requested from its /oauth2/token',
		},
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'string',
			default: '',
			placeholder: 'https://platform.roserocket.com',
			displayOptions: { show: { environment: ['custom'] } },
			description: 'The platform host; requests go to its /api/v1',
		},
		...passwordFields,
		{
			displayName: 'Org App Key (Client ID)',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: "The key of an Org App, from your organization's settings under Org Apps",
		},
		{
			displayName: 'Org App Secret (Client Secret)',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Copied to the clipboard by the key button of the Org App',
		},
		...tokenStorageFields,
	];

	preAuthentication = tokenPreAuthentication(roseRocketLegacyTokenConfig);

	authenticate = authenticateWithBearer;

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: `={{ (${JSON.stringify(API_HOSTS)})[$credentials.environment] || String($credentials.apiUrl).replace(/\\/+$/, "") }}/api/v1/customers`,
			qs: { limit: 1 },
		},
	};
}
