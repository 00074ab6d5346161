import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * Rose Rocket's current OAuth2 (Auth0): authorization code with an audience, refreshed by n8n.
 *
 * n8n's refresh request carries only refresh_token, grant_type and the client's identity, while
 * Rose Rocket asks for org_id on refresh. The Organization ID is therefore put on the token URL
 * as a query parameter, which n8n sends unchanged on the code exchange and on every refresh.
 */
export class RoseRocketOAuth2Api implements ICredentialType {
	name = 'roseRocketOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Rose Rocket OAuth2 API';

	icon: Icon = { light: 'file:../icons/roseRocket.svg', dark: 'file:../icons/roseRocket.dark.svg' };

	documentationUrl = 'https://github.com/oauth-connectors/n8n-nodes-oauth-connectors#rose-rocket';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization Server',
			name: 'authServerUrl',
			type: 'string',
			default: 'https://a.roserocket.com',
			description:
				'Change only for a Rose Rocket test tenant; /authorize and /oauth/token are added',
		},
		{
			displayName: 'API Base URL',
			name: 'apiBaseUrl',
			type: 'string',
			default: 'https://network.roserocket.com',
			description: 'Where the Rose Rocket node sends API requests',
		},
		{
			displayName: 'Audience',
			name: 'audience',
			type: 'string',
			default: 'https://roserocket.com',
			description: 'Sent on the authorization request; Rose Rocket expects the base URL of its API',
		},
		{
			displayName: 'Organization ID',
			name: 'organizationId',
			type: 'string',
			default: '',
			description:
				'Your Rose Rocket org_id. Needed when Rose Rocket asks for it to refresh tokens.',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: '={{ String($self.authServerUrl).replace(/\\/+$/, "") }}/authorize',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default:
				'={{ String($self.authServerUrl).replace(/\\/+$/, "") + "/oauth/token" + ($self.organizationId ? "?org_id=" + encodeURIComponent($self.organizationId) : "") }}',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '={{ "audience=" + encodeURIComponent($self.audience) }}',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: 'offline_access email profile',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
	];
}
