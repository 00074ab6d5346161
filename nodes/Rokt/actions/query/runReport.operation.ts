import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { roktRequest } from '../../transport';
import { accountId, report } from './common';
import { listIn } from '../../../../shared/transport/errors';

/** The longest date range Rokt's Query API answers in one request. */
export const MAX_WINDOW_DAYS = 31;
const DAY_MS = 86_400_000;

const properties: INodeProperties[] = [
	accountId,
	report,
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'First day of the report (inclusive)',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'Day after the last day of the report (exclusive), as Rokt counts it',
	},
	{
		displayName: 'Metrics',
		name: 'metrics',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'impressions, conversions',
		description: 'Comma-separated metric slugs; Get Allowed Fields lists them',
	},
	{
		displayName: 'Dimensions',
		name: 'dimensions',
		type: 'string',
		default: '',
		placeholder: 'campaign, country',
		description: 'Comma-separated dimension slugs',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Currency Code',
				name: 'currencyCode',
				type: 'string',
				default: '',
				placeholder: 'USD',
			},
			{
				displayName: 'Time Zone Variation',
				name: 'timezoneVariation',
				type: 'string',
				default: '',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['query'], operation: ['runReport'] } },
	properties,
);

const list = (value: string) =>
	value
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Splits [start, end) into consecutive windows the API accepts. */
export function reportWindows(
	start: number,
	end: number,
): Array<{ startDate: string; endDate: string }> {
	const windows: Array<{ startDate: string; endDate: string }> = [];
	for (let from = start; from < end; from += MAX_WINDOW_DAYS * DAY_MS) {
		windows.push({
			startDate: day(from),
			endDate: day(Math.min(end, from + MAX_WINDOW_DAYS * DAY_MS)),
		});
	}
	return windows;
}

function dateParameter(
	this: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): number {
	const value = String(this.getNodeParameter(name, itemIndex) ?? '');
	const parsed = Date.parse(value);
	if (Number.isNaN(parsed)) {
		throw new NodeOperationError(this.getNode(), `The ${label} is not a date: "${value}"`, {
			itemIndex,
			description: 'Pick a date, or give one as 2026-11-01.',
		});
	}
	// Rokt reports whole days, so times of day are dropped.
	return Date.parse(day(parsed));
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const account = encodeURIComponent(this.getNodeParameter('accountId', itemIndex) as string);
	const kind = this.getNodeParameter('report', itemIndex) as string;
	const start = dateParameter.call(this, 'startDate', 'Start Date', itemIndex);
	const end = dateParameter.call(this, 'endDate', 'End Date', itemIndex);
	if (end <= start) {
		throw new NodeOperationError(this.getNode(), 'The End Date must be after the Start Date', {
			itemIndex,
			description: 'The End Date is exclusive: for one day, use the next day as End Date.',
		});
	}
	const metrics = list(this.getNodeParameter('metrics', itemIndex) as string);
	if (metrics.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Enter at least one metric', { itemIndex });
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const rows: IDataObject[] = [];
	for (const window of reportWindows(start, end)) {
		const response = await roktRequest.call(
			this,
			'POST',
			`/v1/query/accounts/${account}/${kind}`,
			itemIndex,
			{
				body: {
					interval: 'day',
					...window,
					metrics,
					dimensions: list((this.getNodeParameter('dimensions', itemIndex, '') as string) ?? ''),
					...options,
				},
			},
		);
		rows.push(...listIn(this.getNode(), 'Rokt', response, 'data', itemIndex));
	}
	return rows.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
