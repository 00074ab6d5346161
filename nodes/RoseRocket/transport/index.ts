import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { roseRocketLegacyHosts } from '../../../credentials/RoseRocketLegacyApi.credentials';
import { text } from '../../../shared/oauth/credentialFields';
import { joinUrl } from '../../../shared/oauth/parameters';
import { apiRequest } from '../../../shared/transport/request';
import { listIn } from '../../../shared/transport/errors';

/** The OAuth2 credential reaches the v2 Platform Model API; the legacy login the v1 API. */
const API = {
	oAuth2: { credentialType: 'roseRocketOAuth2Api', path: '/api/v2/platformModel' },
	legacy: { credentialType: 'roseRocketLegacyApi', path: '/api/v1' },
};

export type RoseRocketApi = keyof typeof API;

export async function roseRocketApiBase(
	context: IExecuteFunctions,
	api: RoseRocketApi,
): Promise<string> {
	const credentials = await context.getCredentials(API[api].credentialType);
	const host =
		api === 'oAuth2'
			? text(credentials, 'apiBaseUrl') || 'https://network.roserocket.com'
			: roseRocketLegacyHosts(credentials).api;
	return joinUrl(host, API[api].path);
}

export async function roseRocketRequest(
	this: IExecuteFunctions,
	api: RoseRocketApi,
	method: IHttpRequestMethods,
	path: string,
	itemIndex: number,
	options: { qs?: IDataObject; body?: IDataObject } = {},
): Promise<IDataObject> {
	return (await roseRocketRequestUrl.call(
		this,
		api,
		method,
		joinUrl(await roseRocketApiBase(this, api), path),
		itemIndex,
		options,
	)) as IDataObject;
}

/** A request to a full URL of the API, for the Custom API Call. */
export async function roseRocketRequestUrl(
	this: IExecuteFunctions,
	api: RoseRocketApi,
	method: IHttpRequestMethods,
	url: string,
	itemIndex: number,
	options: { qs?: IDataObject; body?: IDataObject } = {},
): Promise<unknown> {
	const transport = {
		provider: 'Rose Rocket',
		credentialType: API[api].credentialType,
		renewalHint:
			api === 'oAuth2'
				? "Rose Rocket asks for org_id when renewing a token: check the credential's Organization ID, then reconnect the credential."
				: 'Test the credential: the username, password or Org App may have changed.',
	};
	return await apiRequest(this, transport, { method, url, ...options }, itemIndex);
}

/** v1's offset/limit paging: pages until the total, an empty page or the limit. */
export async function roseRocketV1AllPages(
	this: IExecuteFunctions,
	path: string,
	listKey: string,
	itemIndex: number,
	qs: IDataObject,
	limit?: number,
): Promise<IDataObject[]> {
	const pageSize = Math.min(100, limit ?? 100);
	const collected: IDataObject[] = [];
	for (let offset = 0; ; offset += pageSize) {
		const page = await roseRocketRequest.call(this, 'legacy', 'GET', path, itemIndex, {
			qs: { ...qs, offset, limit: pageSize },
		});
		const entries = listIn(this.getNode(), 'Rose Rocket', page, listKey, itemIndex);
		collected.push(...entries);
		const total = Number(page.total ?? collected.length);
		if (
			entries.length === 0 ||
			collected.length >= total ||
			(limit !== undefined && collected.length >= limit)
		)
			break;
	}
	return limit === undefined ? collected : collected.slice(0, limit);
}
