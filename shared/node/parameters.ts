import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { tryParseJson } from '../oauth/parameters';

/** A JSON-object parameter, given as an object or as JSON text; anything else is refused by name. */
export function jsonObjectParameter(
	context: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): IDataObject {
	const raw = context.getNodeParameter(name, itemIndex, '{}') as unknown;
	if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) return raw as IDataObject;
	const parsed = tryParseJson(String(raw || '{}'));
	if (
		!parsed.ok ||
		parsed.value === null ||
		typeof parsed.value !== 'object' ||
		Array.isArray(parsed.value)
	) {
		throw new NodeOperationError(context.getNode(), `${label} must be a JSON object`, {
			itemIndex,
			description: 'Write it as {"name": "value"}.',
		});
	}
	return parsed.value as IDataObject;
}

/** The Return All / Limit pair read as a limit; undefined means all. */
export function limitParameter(context: IExecuteFunctions, itemIndex: number): number | undefined {
	return context.getNodeParameter('returnAll', itemIndex)
		? undefined
		: (context.getNodeParameter('limit', itemIndex) as number);
}
