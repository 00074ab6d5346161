import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { text } from '../../../shared/oauth/credentialFields';
import { joinUrl } from '../../../shared/oauth/parameters';
import { apiRequest } from '../../../shared/transport/request';

export const TRANSPORT = { provider: 'Rokt', credentialType: 'roktApi' };

export async function roktRequest(
	this: IExecuteFunctions,
	method: IHttpRequestMethods,
	path: string,
	itemIndex: number,
	options: { qs?: IDataObject; body?: IDataObject; headers?: Record<string, string> } = {},
): Promise<IDataObject> {
	const url = joinUrl(await roktApiBase(this), path);
	return (await apiRequest(this, TRANSPORT, { method, url, ...options }, itemIndex)) as IDataObject;
}

export async function roktApiBase(context: IExecuteFunctions): Promise<string> {
	const credentials = await context.getCredentials('roktApi');
	return text(credentials, 'baseUrl') || 'https://api.rokt.com';
}
