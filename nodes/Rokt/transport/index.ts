import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { text } from '../../../shared/oauth/credentialFields';
import { joinUrl } from '../../../shared/oauth/parameters';
import { apiRequest } from '../../../shared/transport/request';

const TRANSPORT = { provider: 'Rokt', credentialType: 'roktApi' };

export async function roktRequest(
	this: IExecuteFunctions,
	method: IHttpRequestMethods,
	path: string,
	itemIndex: number,
	options: { qs?: IDataObject; body?: IDataObject; headers?: Record<string, string> } = {},
): Promise<IDataObject> {
	const credentials = await this.getCredentials('roktApi');
	const url = joinUrl(text(credentials, 'baseUrl') || 'https://api.rokt.com', path);
	return (await apiRequest(this, TRANSPORT, { method, url, ...options }, itemIndex)) as IDataObject;
}
