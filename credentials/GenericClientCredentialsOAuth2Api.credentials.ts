import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { tokenPreAuthentication, tokenStorageFields } from '../shared/oauth/credentialFields';
import {
	genericTokenConfig,
	genericTokenFields,
	genericTokenPlacement,
} from '../shared/oauth/genericCredential';
import { placeToken } from '../shared/oauth/tokenPlacement';

export class GenericClientCredentialsOAuth2Api implements ICredentialType {
	name = 'genericClientCredentialsOAuth2Api';

	displayName = 'OAuth2 Client Credentials (Generic) API';

	icon: Icon = { light: 'file:../icons/oauth2.svg', dark: 'file:../icons/oauth2.dark.svg' };

	documentationUrl =
		'https://github.com/oauth-connectors/n8n-nodes-oauth-connectors#generic-oauth2-credentials';

	properties: INodeProperties[] = [
		...genericTokenFields({ useRefreshTokenByDefault: false }),
		...tokenStorageFields,
	];

	preAuthentication = tokenPreAuthentication((credentials) =>
		genericTokenConfig(credentials, 'client_credentials'),
	);

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return placeToken(
			genericTokenPlacement(credentials),
			String(credentials.accessToken),
			requestOptions,
		);
	}

	test: ICredentialTestRequest = {
		request: { method: 'GET', url: '={{$credentials.testUrl}}' },
	};
}
