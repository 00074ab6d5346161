import { NodeOperationError, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

/** The v2 resources: generic objects, and orders and customers as objects with a fixed key. */
export const V2_RESOURCES = ['object', 'order', 'customer'];

export const show = (operation: string) => ({
	show: { authentication: ['oAuth2'], resource: V2_RESOURCES, operation: [operation] },
});

export const objectKey: INodeProperties = {
	displayName: 'Object Key',
	name: 'objectKey',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'task',
	description: 'The type of record, e.g. customer, order, task, address, manifest, quote, invoice',
	displayOptions: { show: { resource: ['object'] } },
};

export const recordId: INodeProperties = {
	displayName: 'Record ID',
	name: 'recordId',
	type: 'string',
	default: '',
	required: true,
};

export const fields = (description: string): INodeProperties => ({
	displayName: 'Fields (JSON)',
	name: 'fields',
	type: 'json',
	default: '{}',
	required: true,
	description,
});

export const paths: INodeProperties = {
	displayName: 'Paths',
	name: 'paths',
	type: 'string',
	default: '',
	placeholder: 'customer.name, stops',
	description:
		'Comma-separated dot paths of nested fields to include; without them only top-level values come back',
};

export const boardIdOption: INodeProperties = {
	displayName: 'Board ID',
	name: 'boardId',
	type: 'string',
	default: '',
	description: 'The board the record is accessed through',
};

/** The object key of the item: chosen for generic objects, implied by the Order and Customer resources. */
export function objectKeyOf(this: IExecuteFunctions, itemIndex: number): string {
	const resource = this.getNodeParameter('resource', itemIndex) as string;
	if (resource !== 'object') return resource;
	const key = String(this.getNodeParameter('objectKey', itemIndex)).trim();
	if (!key)
		throw new NodeOperationError(this.getNode(), 'The Object Key is empty', {
			itemIndex,
			description: 'Enter a type such as "task".',
		});
	return key;
}

export function pathList(this: IExecuteFunctions, itemIndex: number): string[] {
	return String(this.getNodeParameter('paths', itemIndex, '') ?? '')
		.split(',')
		.map((path) => path.trim())
		.filter(Boolean);
}
