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

export function roktTokenConfig(credentials: ICredentialDataDecryptedObject): TokenEndpointConfig {
	return {
		tokenUrl: joinUrl(text(credentials, 'baseUrl'), '/auth/oauth2/token'),
		grant: 'client_credentials',
		clientId: text(credentials, 'appId'),
		clientSecret: String(credentials.appSecret ?? ''),
		clientAuth: 'basic',
		parameterLocation: 'body',
		bodyFormat: 'form',
		// Rokt issues 1 h tokens and no refresh token.
		useRefreshToken: false,
		responseFields: STANDARD_RESPONSE_FIELDS,
	};
}

export class RoktApi implements ICredentialType {
	name = 'roktApi';

	displayName = 'Rokt API';

	icon: Icon = { light: 'file:../icons/rokt.svg', dark: 'file:../icons/rokt.dark.svg' };

	documentationUrl = 'https://github.com/oauth-connectors/n8n-nodes-oauth-connectors#rokt';

	properties: INodeProperties[] = [
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			description: 'From One Platform: Profile Settings → Generate Personal API Credentials',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.rokt.com',
			description: 'Change only to point at a test server; tokens come from its /auth/oauth2/token',
		},
		...tokenStorageFields,
	];

	preAuthentication = tokenPreAuthentication(roktTokenConfig);

	authenticate = authenticateWithBearer;

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '={{ String($credentials.baseUrl).replace(/\\/+$/, "") }}/v1/query/accounts',
		},
	};
}
