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
	text,
	tokenStorageFields,
	authenticateWithBearer,
} from '../shared/oauth/credentialFields';
import { joinUrl } from '../shared/oauth/parameters';
import { STANDARD_RESPONSE_FIELDS, type TokenEndpointConfig } from '../shared/oauth/types';

export function roaringTokenConfig(
	credentials: ICredentialDataDecryptedObject,
): TokenEndpointConfig {
	return {
		tokenUrl: joinUrl(text(credentials, 'baseUrl'), '/auth/token'),
		grant: 'password',
		clientId: text(credentials, 'clientId'),
		clientSecret: String(credentials.clientSecret ?? ''),
		clientAuth: 'body',
		parameterLocation: 'body',
		bodyFormat: 'form',
		username: text(credentials, 'username'),
		password: String(credentials.password ?? ''),
		// The 30-day refresh token spares a password login every hour.
		useRefreshToken: true,
		responseFields: STANDARD_RESPONSE_FIELDS,
	};
}

export class RoaringApi implements ICredentialType {
	name = 'roaringApi';

	displayName = 'Roaring API';

	icon: Icon = { light: 'file:../icons/roaring.svg', dark: 'file:../icons/roaring.dark.svg' };

	documentationUrl = 'https://github.com/oauth-connectors/n8n-nodes-oauth-connectors#roaring';

	properties: INodeProperties[] = [
		{
			...passwordFields[0],
			displayName: 'Email',
			placeholder: 'name@example.com',
			description: 'The email you sign in to app.roaring.io with',
		},
		passwordFields[1],
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'The Partner API client, issued by Roaring',
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
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://backend.roaring.io',
			description: 'Change only to point at a test server; tokens come from its /auth/token',
		},
		...tokenStorageFields,
	];

	preAuthentication = tokenPreAuthentication(roaringTokenConfig);

	authenticate = authenticateWithBearer;

	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '={{ String($credentials.baseUrl).replace(/\\/+$/, "") }}/changelogs',
			qs: { type: 'API' },
		},
	};
}
