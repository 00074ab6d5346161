import type { INodeProperties } from 'n8n-workflow';

import * as follow from './follow.operation';
import * as getRoot from './getRoot.operation';
import * as listElements from './listElements.operation';

export { follow, getRoot, listElements };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['link'] } },
		options: [
			{
				name: 'Follow',
				value: 'follow',
				description: 'Follow link relations from the root or a URL',
				action: 'Follow links',
			},
			{
				name: 'Get Root',
				value: 'getRoot',
				description: "Get the API's entry document with its links and actions",
				action: 'Get the API root',
			},
			{
				name: 'List Elements',
				value: 'listElements',
				description: 'Get the elements of a collection across all its pages',
				action: 'List the elements of a collection',
			},
		],
		default: 'getRoot',
	},
	...follow.description,
	...getRoot.description,
	...listElements.description,
];
