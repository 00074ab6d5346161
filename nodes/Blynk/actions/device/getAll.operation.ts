import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { limitParameter } from '../../../../shared/node/parameters';
import { blynkRequestAllPages } from '../../transport';
import { returnAllOrLimit } from '../../../../shared/node/descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Include Sub-Organization Devices',
				name: 'includeSubOrgDevices',
				type: 'boolean',
				default: false,
				description: 'Whether to include the devices of sub-organizations',
			},
			{
				displayName: 'Organization ID',
				name: 'orgId',
				type: 'number',
				default: 0,
				description: 'List the devices of this organization instead of your own',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['device'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const limit = limitParameter(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	if (options.includeSubOrgDevices) qs.includeSubOrgDevices = true;
	if (options.orgId) qs.orgId = options.orgId;
	const devices = await blynkRequestAllPages.call(this, '/devices', itemIndex, qs, limit);
	return devices.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
