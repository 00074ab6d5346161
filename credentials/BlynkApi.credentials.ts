import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import {
	tokenPreAuthentication,
	text,
	tokenStorageFields,
	authenticateWithBearer,
} from '../shared/oauth/credentialFields';
import { joinUrl } from '../shared/oauth/parameters';
import { STANDARD_RESPONSE_FIELDS, type TokenEndpointConfig } from '../shared/oauth/types';

/** Tokens and API calls must use the same regional server. */
export function blynkServerUrl(credentials: ICredentialDataDecryptedObject): string {
	const server = text(credentials, 'server');
	return server === 'custom' ? text(credentials, 'customServerUrl') : `https://${server}`;
}

export function blynkTokenConfig(credentials: ICredentialDataDecryptedObject): TokenEndpointConfig {
	return {
		tokenUrl: joinUrl(blynkServerUrl(credentials), '/oauth2/token'),
		grant: 'client_credentials',
		clientId: text(credentials, 'clientId'),
		clientSecret: String(credentials.clientSecret ?? ''),
		clientAuth: text(credentials, 'clientAuth') === 'query' ? 'query' : 'basic',
		// Blynk documents grant_type (and refresh_token) as query parameters.
		parameterLocation: 'query',
		bodyFormat: 'form',
		// Refresh tokens are single-use: the engine always keeps the newest one.
		useRefreshToken: true,
		responseFields: STANDARD_RESPONSE_FIELDS,
	};
}

export class BlynkApi implements ICredentialType {
	name = 'blynkApi';

	displayName = 'Blynk API';

	icon: Icon = { light: 'file:../icons/blynk.svg', dark: 'file:../icons/blynk.dark.svg' };

	documentationUrl = 'https://github.com/oauth-connectors/n8n-nodes-oauth-connectors#blynk';

	properties: INodeProperties[] = [
		{
			displayName: 'Server Region',
			name: 'server',
			type: 'options',
			options: [
				{ name: 'Automatic (Blynk.cloud)', value: 'blynk.cloud' },
				{ name: 'Frankfurt (Fra1)', value: 'fra1.blynk.cloud' },
				{ name: 'London (Lon1)', value: 'lon1.blynk.cloud' },
				{ name: 'New York (Ny3)', value: 'ny3.blynk.cloud' },
				{ name: 'Singapore (Sgp1)', value: 'sgp1.blynk.cloud' },
				{ name: 'Bangalore (Blr1)', value: 'blr1.blynk.cloud' },
				{ name: 'Custom Server', value: 'custom' },
			],
			default: 'blynk.cloud',
			description:
				'The server your organization lives on, shown in the Blynk.Console address bar and device info',
		},
		{
			displayName: 'Custom Server URL',
			name: 'customServerUrl',
			type: 'string',
			default: '',
			placeholder: 'https://blynk.example.com',
			displayOptions: { show: { server: ['custom'] } },
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'From Blynk.Console: Settings → Developers → OAuth2',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Client Authentication',
			name: 'clientAuth',
			type: 'options',
			options: [
				{ name: 'Basic Auth Header (Recommended)', value: 'basic' },
				{ name: 'Client ID and Secret in the Query', value: 'query' },
			],
			default: 'basic',
			description:
				'Blynk accepts both; the query form puts the secret in the URL, so prefer the header',
		},
		...tokenStorageFields,
	];

	preAuthentication = tokenPreAuthentication(blynkTokenConfig);

	authenticate = authenticateWithBearer;

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '={{ $credentials.server === "custom" ? String($credentials.customServerUrl).replace(/\\/+$/, "") : "https://" + $credentials.server }}/api/v1/organization/devices',
			qs: { page: 0, size: 1 },
		},
	};
}
