import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as action from './actions/action/Action.resource';
import * as link from './actions/link/Link.resource';
import * as customApiCall from './actions/customApiCall/CustomApiCall.resource';
import { router } from './actions/router';
import * as subAccount from './actions/subAccount/SubAccount.resource';

export class Roaring implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Roaring',
		name: 'roaring',
		icon: { light: 'file:../../icons/roaring.svg', dark: 'file:../../icons/roaring.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: "Work with Roaring's Partner API by following the links and actions it advertises",
		defaults: { name: 'Roaring' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'roaringApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Action', value: 'action' },
					{ name: 'Custom API Call', value: 'customApiCall' },
					{ name: 'Link', value: 'link' },
					{ name: 'Sub-Account', value: 'subAccount' },
				],
				default: 'link',
			},
			...customApiCall.description,
			...action.description,
			...link.description,
			...subAccount.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
