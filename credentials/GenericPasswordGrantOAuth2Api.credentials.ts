import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import {
	passwordFields,
	tokenPreAuthentication,
	tokenStorageFields,
} from '../shared/oauth/credentialFields';
import {
	genericTokenConfig,
	genericTokenFields,
	genericTokenPlacement,
} from '../shared/oauth/genericCredential';
import { placeToken } from '../shared/oauth/tokenPlacement';

export class GenericPasswordGrantOAuth2Api implements ICredentialType {
	name = 'genericPasswordGrantOAuth2Api';

	displayName = 'OAuth2 Password Grant (Generic) API';

	icon: Icon = { light: 'file:../icons/oauth2.svg', dark: 'file:../icons/oauth2.dark.svg' };

	documentationUrl =
		'https://github.com/oauth-connectors/n8n-nodes-oauth-connectors#generic-oauth2-credentials';

	properties: INodeProperties[] = [
		...genericTokenFields({ useRefreshTokenByDefault: true, loginFields: passwordFields }),
		...tokenStorageFields,
	];

	preAuthentication = tokenPreAuthentication((credentials) =>
		genericTokenConfig(credentials, 'password'),
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
