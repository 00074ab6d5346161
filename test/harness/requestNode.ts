import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type JsonObject,
} from 'n8n-workflow';

export const REQUEST_NODE_TYPE = 'test.authenticatedRequest';

/** Every credential of the package; the node may use any of them. */
export const CREDENTIAL_TYPES = [
	'blynkApi',
	'genericClientCredentialsOAuth2Api',
	'genericPasswordGrantOAuth2Api',
	'roaringApi',
	'roktApi',
	'roseRocketLegacyApi',
	'roseRocketOAuth2Api',
];

/**
 * A minimal programmatic node that makes one authenticated request per input item through
 * n8n's own httpRequestWithAuthentication, the call every node of this package makes. Items run
 * in parallel when asked, to put many requests in flight at once.
 */
export class AuthenticatedRequest implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Authenticated Request',
		name: 'authenticatedRequest',
		group: ['transform'],
		version: 1,
		usableAsTool: true,
		description: 'Test driver',
		defaults: { name: 'Authenticated Request' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIAL_TYPES.map((name) => ({ name, required: false })),
		properties: [
			{ displayName: 'Credential Type', name: 'credentialType', type: 'string', default: '' },
			{ displayName: 'URL', name: 'url', type: 'string', default: '' },
			{ displayName: 'Method', name: 'method', type: 'string', default: 'GET' },
			{ displayName: 'Parallel', name: 'parallel', type: 'boolean', default: false },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const run = async (itemIndex: number): Promise<INodeExecutionData> => {
			const credentialType = this.getNodeParameter('credentialType', itemIndex) as string;
			const url = this.getNodeParameter('url', itemIndex) as string;
			const method = this.getNodeParameter('method', itemIndex) as IHttpRequestMethods;
			try {
				const response = (await this.helpers.httpRequestWithAuthentication.call(
					this,
					credentialType,
					{
						method,
						url,
						json: true,
					},
				)) as IDataObject;
				return { json: response, pairedItem: { item: itemIndex } };
			} catch (error) {
				if (this.continueOnFail()) {
					return {
						json: {
							error: (error as Error).message,
							description: (error as NodeApiError).description ?? null,
						},
						pairedItem: { item: itemIndex },
					};
				}
				throw error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeApiError(this.getNode(), error as JsonObject, { itemIndex });
			}
		};
		const parallel = this.getNodeParameter('parallel', 0) as boolean;
		const output = parallel
			? await Promise.all(items.map(async (_item, index) => await run(index)))
			: await items.reduce<Promise<INodeExecutionData[]>>(
					async (done, _item, index) => [...(await done), await run(index)],
					Promise.resolve([]),
				);
		return [output];
	}
}

/** Stands in for n8n's NoOp node, which n8n's credential test uses as the node making the request. */
export class NoOp implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'No Operation',
		name: 'noOp',
		group: ['organization'],
		version: 1,
		usableAsTool: true,
		description: 'Passes items through',
		defaults: { name: 'No Operation' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}
