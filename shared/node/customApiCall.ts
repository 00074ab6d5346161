import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { tryParseUrl } from '../oauth/parameters';
import { jsonObjectParameter } from './parameters';

/** The fields of a node's Custom API Call resource, shown when that resource is chosen. */
export function customApiCallDescription(show: Record<string, string[]> = {}): INodeProperties[] {
	const displayOptions = { show: { ...show, resource: ['customApiCall'] } };
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions,
			options: [
				{
					name: 'Send Request',
					value: 'send',
					description: 'Send an authenticated request to any path of this API',
					action: 'Send an API request',
				},
			],
			default: 'send',
		},
		{
			displayName: 'Method',
			name: 'method',
			type: 'options',
			displayOptions,
			options: ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'].map((method) => ({
				name: method,
				value: method,
			})),
			default: 'GET',
		},
		{
			displayName: 'Path',
			name: 'path',
			type: 'string',
			displayOptions,
			default: '',
			required: true,
			placeholder: '/devices',
			description: "A path under the API's base URL, or a full URL on the API's own origin",
		},
		{
			displayName: 'Query Parameters (JSON)',
			name: 'query',
			type: 'json',
			displayOptions,
			default: '{}',
		},
		{
			displayName: 'Body (JSON)',
			name: 'body',
			type: 'json',
			displayOptions: { show: { ...displayOptions.show, method: ['PATCH', 'POST', 'PUT'] } },
			default: '{}',
		},
	];
}

export type Requester = (
	method: IHttpRequestMethods,
	url: string,
	options: { qs?: IDataObject; body?: IDataObject },
) => Promise<unknown>;

/**
 * Sends the request with the node's credential and transport. The target must stay on the API's
 * own origin: a full URL elsewhere is refused, so the credential cannot be sent to another host.
 */
export async function executeCustomApiCall(
	context: IExecuteFunctions,
	itemIndex: number,
	baseUrl: string,
	request: Requester,
): Promise<INodeExecutionData[]> {
	const method = context.getNodeParameter('method', itemIndex) as IHttpRequestMethods;
	const path = String(context.getNodeParameter('path', itemIndex)).trim();
	const absolute = /^[a-z][a-z0-9+.-]*:/i.test(path);
	const target = absolute
		? tryParseUrl(path)
		: tryParseUrl(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
	if (!target || target.origin !== new URL(baseUrl).origin) {
		throw new NodeOperationError(
			context.getNode(),
			`The path must be on this API (${new URL(baseUrl).origin})`,
			{
				itemIndex,
				description:
					'Give a path such as /devices, or a full URL of the same API. The credential is never sent elsewhere.',
			},
		);
	}
	const qs = jsonObjectParameter(context, 'query', 'Query Parameters', itemIndex);
	const body = ['PATCH', 'POST', 'PUT'].includes(method)
		? jsonObjectParameter(context, 'body', 'Body', itemIndex)
		: undefined;
	const response = await request(method, target.toString(), { qs, body });
	const entries = Array.isArray(response) ? response : [response ?? {}];
	return entries.map((json) => ({
		json: (json !== null && typeof json === 'object' ? json : { value: json }) as IDataObject,
		pairedItem: { item: itemIndex },
	}));
}
