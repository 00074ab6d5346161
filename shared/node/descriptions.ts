import type { INodeProperties } from 'n8n-workflow';

/** n8n's usual Return All / Limit pair, for every operation that reads pages. */
export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/**
 * Shows the properties only where `show` says, keeping each property's own conditions: where
 * both name a parameter, the property's narrower values win (e.g. Object Key only for Object).
 */
export function showOnly(
	show: Record<string, Array<string | boolean>>,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: { show: { ...show, ...(property.displayOptions?.show ?? {}) } },
	}));
}
