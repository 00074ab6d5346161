import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as datastream from './actions/datastream/Datastream.resource';
import * as device from './actions/device/Device.resource';
import * as customApiCall from './actions/customApiCall/CustomApiCall.resource';
import { router } from './actions/router';
import * as user from './actions/user/User.resource';

export class Blynk implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Blynk',
		name: 'blynk',
		icon: { light: 'file:../../icons/blynk.svg', dark: 'file:../../icons/blynk.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: "Manage devices, datastreams and users with Blynk's Platform API",
		defaults: { name: 'Blynk' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'blynkApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Custom API Call', value: 'customApiCall' },
					{ name: 'Datastream', value: 'datastream' },
					{ name: 'Device', value: 'device' },
					{ name: 'User', value: 'user' },
				],
				default: 'device',
			},
			...customApiCall.description,
			...datastream.description,
			...device.description,
			...user.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
