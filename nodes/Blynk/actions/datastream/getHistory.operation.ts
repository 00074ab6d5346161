import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { limitParameter } from '../../../../shared/node/parameters';
import { blynkRequestAllPages } from '../../transport';
import { deviceId } from '../common.descriptions';
import { returnAllOrLimit } from '../../../../shared/node/descriptions';

const properties: INodeProperties[] = [
	deviceId,
	{
		displayName: 'Datastream Pin',
		name: 'pin',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'V1',
		description: 'The datastream pin, e.g. V1',
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		default: '',
		required: true,
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		required: true,
	},
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['datastream'], operation: ['getHistory'] } },
	properties,
);

function timestamp(this: IExecuteFunctions, name: string, itemIndex: number): number {
	const value = this.getNodeParameter(name, itemIndex) as string;
	const time = Date.parse(value);
	if (Number.isNaN(time)) {
		throw new NodeOperationError(
			this.getNode(),
			`"${name === 'from' ? 'From' : 'To'}" is not a date and time: "${value}"`,
			{
				itemIndex,
				description:
					'Pick a date and time, or give an ISO 8601 value such as 2026-01-31T08:00:00Z.',
			},
		);
	}
	return time;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const from = timestamp.call(this, 'from', itemIndex);
	const to = timestamp.call(this, 'to', itemIndex);
	if (from > to) {
		throw new NodeOperationError(this.getNode(), '"From" is later than "To"', {
			itemIndex,
			description: 'Swap the two dates.',
		});
	}
	const limit = limitParameter(this, itemIndex);
	const qs = {
		deviceId: this.getNodeParameter('deviceId', itemIndex) as number,
		pin: this.getNodeParameter('pin', itemIndex) as string,
		from,
		to,
	};
	const points = await blynkRequestAllPages.call(
		this,
		'/device/datastream/history',
		itemIndex,
		qs,
		limit,
	);
	return points.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
