import { ClientOAuth2 } from '@n8n/client-oauth2';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Environment } from './engine';
import { roseRocketAccounts } from '../sandbox/providers/roseRocket';
import type { Sandbox } from '../sandbox/sandbox';

const TYPE = 'roseRocketOAuth2Api';
const REDIRECT_URI = 'http://127.0.0.1:5678/rest/oauth2-credential/callback';

/** The Rose Rocket OAuth2 credential's fields, pointed at the sandbox. */
export const roseRocketOAuth2Fields = (
	sandbox: Sandbox,
	organizationId = roseRocketAccounts.orgId,
) => ({
	...roseRocketAccounts.oauthClient,
	authServerUrl: sandbox.urls.roseRocket,
	apiBaseUrl: sandbox.urls.roseRocket,
	organizationId,
});

/**
 * Connects the credential the way n8n's OAuth2 callback controller does: the authorize URL from
 * the decrypted credential (with its query parameters), the user's consent on the provider's
 * page, then the code exchange with n8n's own OAuth2 client.
 */
export async function connectRoseRocket(
	environment: Environment,
	sandbox: Sandbox,
	data: ICredentialDataDecryptedObject,
) {
	const decrypted = environment.credentials.decrypt(data, TYPE);
	const client = new ClientOAuth2({
		clientId: String(decrypted.clientId),
		clientSecret: String(decrypted.clientSecret),
		accessTokenUri: String(decrypted.accessTokenUrl),
		authorizationUri: String(decrypted.authUrl),
		authentication: decrypted.authentication as 'body',
		redirectUri: REDIRECT_URI,
		scopes: String(decrypted.scope).split(' '),
		scopesSeparator: ' ',
		query: Object.fromEntries(new URLSearchParams(String(decrypted.authQueryParameters))),
		state: 'state-from-n8n-123',
	});
	const authorizeUrl = client.code.getUri();
	const page = await fetch(authorizeUrl);
	expect(page.status).toBe(200);
	const consentForm = Object.fromEntries(new URL(authorizeUrl).searchParams);
	const consent = await fetch(`${sandbox.urls.roseRocket}/authorize/consent`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(consentForm).toString(),
		redirect: 'manual',
	});
	const callback = String(consent.headers.get('location'));
	const token = await client.code.getToken(callback, {
		body: { client_id: String(decrypted.clientId), client_secret: String(decrypted.clientSecret) },
	});
	return { ...data, oauthTokenData: token.data, callback };
}
