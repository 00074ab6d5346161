import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as event from './actions/event/Event.resource';
import * as query from './actions/query/Query.resource';
import * as customApiCall from './actions/customApiCall/CustomApiCall.resource';
import { router } from './actions/router';

export class Rokt implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Rokt',
		name: 'rokt',
		icon: { light: 'file:../../icons/rokt.svg', dark: 'file:../../icons/rokt.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send events to Rokt and run reports with its Query API',
		defaults: { name: 'Rokt' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'roktApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Custom API Call', value: 'customApiCall' },
					{ name: 'Event', value: 'event' },
					{ name: 'Query', value: 'query' },
				],
				default: 'event',
			},
			...customApiCall.description,
			...event.description,
			...query.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
