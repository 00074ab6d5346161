import type { INodeProperties } from 'n8n-workflow';

import { V2_RESOURCES } from './common';
import * as create from './create.operation';
import * as deleteRecord from './deleteRecord.operation';
import * as get from './get.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export { create, deleteRecord, get, search, update, upsert };

/** One operation list for generic objects, orders and customers: all are Platform Model objects. */
export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { authentication: ['oAuth2'], resource: V2_RESOURCES } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a record',
				action: 'Create a record',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Upsert a record by external ID',
			},
			{
				name: 'Delete',
				value: 'deleteRecord',
				description: 'Delete a record',
				action: 'Delete a record',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a record, with nested fields by path',
				action: 'Get a record',
			},
			{
				name: 'Search',
				value: 'search',
				description: 'Search the records of a board',
				action: 'Search records',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a record',
				action: 'Update a record',
			},
		],
		default: 'get',
	},
	...create.description,
	...deleteRecord.description,
	...get.description,
	...search.description,
	...update.description,
	...upsert.description,
];
