import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as customerV1 from './actions/customerV1/CustomerV1.resource';
import * as object from './actions/object/Object.resource';
import * as orderV1 from './actions/orderV1/OrderV1.resource';
import * as customApiCall from './actions/customApiCall/CustomApiCall.resource';
import { router } from './actions/router';

export class RoseRocket implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Rose Rocket',
		name: 'roseRocket',
		icon: {
			light: 'file:../../icons/roseRocket.svg',
			dark: 'file:../../icons/roseRocket.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Work with orders, customers and other records in the Rose Rocket TMS',
		defaults: { name: 'Rose Rocket' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'roseRocketOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: 'roseRocketLegacyApi',
				required: true,
				displayOptions: { show: { authentication: ['legacy'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'OAuth2 (Platform Model API)', value: 'oAuth2' },
					{ name: 'Legacy Login (V1 API)', value: 'legacy' },
				],
				default: 'oAuth2',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
				options: [
					{ name: 'Customer', value: 'customer' },
					{ name: 'Custom API Call', value: 'customApiCall' },
					{ name: 'Object', value: 'object' },
					{ name: 'Order', value: 'order' },
				],
				default: 'order',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { authentication: ['legacy'] } },
				options: [
					{ name: 'Customer', value: 'customerV1' },
					{ name: 'Custom API Call', value: 'customApiCall' },
					{ name: 'Order', value: 'orderV1' },
				],
				default: 'orderV1',
			},
			...object.description,
			...orderV1.description,
			...customerV1.description,
			...customApiCall.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
