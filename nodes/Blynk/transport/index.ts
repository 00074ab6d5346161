import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { blynkServerUrl } from '../../../credentials/BlynkApi.credentials';
import { joinUrl } from '../../../shared/oauth/parameters';
import { apiRequest } from '../../../shared/transport/request';
import { listIn } from '../../../shared/transport/errors';

const TRANSPORT = { provider: 'Blynk', credentialType: 'blynkApi' };

/** The Platform API lives on the credential's regional server, the one its token came from. */
export async function blynkApiBase(context: IExecuteFunctions): Promise<string> {
	const credentials = await context.getCredentials('blynkApi');
	return joinUrl(blynkServerUrl(credentials), '/api/v1/organization');
}

export async function blynkRequest(
	this: IExecuteFunctions,
	method: IHttpRequestMethods,
	path: string,
	itemIndex: number,
	options: { qs?: IDataObject; body?: IDataObject } = {},
): Promise<unknown> {
	return await blynkRequestUrl.call(
		this,
		method,
		joinUrl(await blynkApiBase(this), path),
		itemIndex,
		options,
	);
}

/** A request to a full URL of the API, for the Custom API Call. */
export async function blynkRequestUrl(
	this: IExecuteFunctions,
	method: IHttpRequestMethods,
	url: string,
	itemIndex: number,
	options: { qs?: IDataObject; body?: IDataObject } = {},
): Promise<unknown> {
	return await apiRequest(this, TRANSPORT, { method, url, ...options }, itemIndex);
}

/** Blynk allows 1000 per page; smaller pages keep each response small. */
const PAGE_SIZE = 100;

/** Blynk's page/size paging: collects pages until totalElements, an empty page or the limit. */
export async function blynkRequestAllPages(
	this: IExecuteFunctions,
	path: string,
	itemIndex: number,
	qs: IDataObject,
	limit?: number,
): Promise<IDataObject[]> {
	const collected: IDataObject[] = [];
	const size = Math.min(PAGE_SIZE, limit ?? PAGE_SIZE);
	for (let page = 0; ; page++) {
		const response = (await blynkRequest.call(this, 'GET', path, itemIndex, {
			qs: { ...qs, page, size },
		})) as IDataObject;
		const content = listIn(this.getNode(), 'Blynk', response, 'content', itemIndex);
		collected.push(...content);
		const total = Number(response.totalElements ?? collected.length);
		if (
			content.length === 0 ||
			collected.length >= total ||
			(limit !== undefined && collected.length >= limit)
		)
			break;
	}
	return limit === undefined ? collected : collected.slice(0, limit);
}
