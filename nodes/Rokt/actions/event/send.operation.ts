import { randomUUID } from 'crypto';
import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { roktRequest } from '../../transport';

/** Rokt's Event API takes at most 100 events per request. */
export const MAX_EVENTS_PER_REQUEST = 100;
const ROKT_VERSION = '2020-05-21';

const nameValueList = (
	displayName: string,
	name: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Attribute',
	default: {},
	description,
	options: [
		{
			displayName: 'Attribute',
			name: 'attribute',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
});

const properties: INodeProperties[] = [
	{
		displayName: 'Account ID',
		name: 'accountId',
		type: 'string',
		default: '',
		required: true,
		description: 'The Rokt account the events belong to',
	},
	{
		displayName: 'Client Event ID',
		name: 'clientEventId',
		type: 'string',
		default: '',
		required: true,
		description:
			'Your unique ID for the event (at most 36 characters); Rokt uses it to report problems',
	},
	{
		displayName: 'Event Type',
		name: 'eventType',
		type: 'string',
		default: 'conversion',
		required: true,
		description: 'A conversion event needs a "conversiontype" object attribute',
	},
	{
		displayName: 'Event Time',
		name: 'eventTime',
		type: 'dateTime',
		default: '',
		description: 'When the event happened; empty means now',
	},
	nameValueList(
		'Object Data',
		'objectData',
		'What the event is about, e.g. conversiontype, email, amount, currency',
	),
	nameValueList('Metadata', 'metaData', 'Extra facts about the event'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['event'], operation: ['send'] } },
	properties,
);

interface PreparedEvent {
	itemIndex: number;
	accountId: string;
	event: IDataObject;
}

function attributes(this: IExecuteFunctions, name: string, itemIndex: number) {
	const list = this.getNodeParameter(`${name}.attribute`, itemIndex, []) as Array<{
		name: string;
		value: string;
	}>;
	return list.map((entry) => ({ name: entry.name, value: entry.value }));
}

function prepare(this: IExecuteFunctions, itemIndex: number): PreparedEvent {
	const accountId = String(this.getNodeParameter('accountId', itemIndex)).trim();
	const clientEventId = String(this.getNodeParameter('clientEventId', itemIndex)).trim();
	const eventType = String(this.getNodeParameter('eventType', itemIndex)).trim();
	const time = String(this.getNodeParameter('eventTime', itemIndex, '') || '');
	const fail = (message: string, hint: string) =>
		new NodeOperationError(this.getNode(), message, { itemIndex, description: hint });
	if (!accountId)
		throw fail('The Account ID is empty', 'Enter the Rokt account ID the events belong to.');
	if (!clientEventId || clientEventId.length > 36) {
		throw fail(
			'The Client Event ID must have 1 to 36 characters',
			`Got ${clientEventId.length} characters.`,
		);
	}
	if (!eventType)
		throw fail('The Event Type is empty', 'Enter an event type such as "conversion".');
	const eventTime = time ? new Date(time) : new Date();
	if (Number.isNaN(eventTime.getTime())) {
		throw fail(
			`The Event Time is not a date: "${time}"`,
			'Use an ISO 8601 date, e.g. 2026-11-22T10:00:00Z.',
		);
	}
	return {
		itemIndex,
		accountId,
		event: {
			clientEventId,
			eventType,
			eventTime: eventTime.toISOString(),
			objectData: attributes.call(this, 'objectData', itemIndex),
			metaData: attributes.call(this, 'metaData', itemIndex),
		},
	};
}

/** Consecutive events of one account, at most 100 to a batch. */
function batches(events: PreparedEvent[]): PreparedEvent[][] {
	const result: PreparedEvent[][] = [];
	for (const event of events) {
		const current = result[result.length - 1];
		if (
			current &&
			current.length < MAX_EVENTS_PER_REQUEST &&
			current[0].accountId === event.accountId
		)
			current.push(event);
		else result.push([event]);
	}
	return result;
}

/**
 * Sends the input items as events in batches, each with a fresh Idempotency-Key (so a retried
 * batch is not counted twice). Each item comes back with its own status; records Rokt reports as
 * unprocessed are marked rejected on the items they came from.
 */
export async function executeBatch(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<Array<INodeExecutionData[] | Error>> {
	const results: Array<INodeExecutionData[] | Error> = new Array(items.length);
	const prepared: PreparedEvent[] = [];
	items.forEach((_item, itemIndex) => {
		try {
			prepared.push(prepare.call(this, itemIndex));
		} catch (error) {
			results[itemIndex] = error as Error;
		}
	});
	for (const batch of batches(prepared)) {
		const idempotencyKey = randomUUID();
		const response = await roktRequest
			.call(this, 'POST', '/v1/events', batch[0].itemIndex, {
				headers: { 'Idempotency-Key': idempotencyKey, 'Rokt-Version': ROKT_VERSION },
				body: { accountId: batch[0].accountId, events: batch.map((entry) => entry.event) },
			})
			.then(
				(value) => ({ ok: true as const, value }),
				(error: unknown) => ({ ok: false as const, error: error as Error }),
			);
		if (!response.ok) {
			for (const entry of batch) results[entry.itemIndex] = response.error;
			continue;
		}
		// Read defensively: whatever shape the answer has, each item still gets its own result.
		const body = response.value as IDataObject | null;
		const data = (
			body !== null && typeof body === 'object' ? (body.data ?? {}) : {}
		) as IDataObject;
		const unprocessed = (
			Array.isArray(data.unprocessedRecords) ? data.unprocessedRecords : []
		) as Array<{ error?: IDataObject; record?: IDataObject } | null>;
		const rejected = new Map(
			unprocessed.map((entry) => [String(entry?.record?.clientEventId ?? ''), entry?.error ?? {}]),
		);
		for (const entry of batch) {
			const clientEventId = String(entry.event.clientEventId);
			const error = rejected.get(clientEventId);
			results[entry.itemIndex] = [
				{
					json: {
						accountId: entry.accountId,
						clientEventId,
						status: error ? 'rejected' : 'accepted',
						...(error ? { error } : {}),
						idempotencyKey,
					},
					pairedItem: { item: entry.itemIndex },
				},
			];
		}
	}
	return results;
}
