import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { blynkRequest } from '../../transport';
import { deviceId } from '../common.descriptions';

const properties: INodeProperties[] = [deviceId];

export const description = updateDisplayOptions(
	{ show: { resource: ['device'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = this.getNodeParameter('deviceId', itemIndex) as number;
	const device = (await blynkRequest.call(this, 'GET', '/device', itemIndex, {
		qs: { deviceId: id },
	})) as IDataObject;
	return [{ json: device, pairedItem: { item: itemIndex } }];
}
