import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';

export { create, get, getAll, search };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['device'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a device from a template',
				action: 'Create a device',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a device with its current datastream values',
				action: 'Get a device',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the devices of an organization',
				action: 'Get many devices',
			},
			{
				name: 'Search',
				value: 'search',
				description: 'Find devices by text',
				action: 'Search devices',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...search.description,
];
