import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { roseRocketRequest } from '../../transport';
import { boardIdOption, recordId, show } from './common';

export const description: INodeProperties[] = [recordId, boardIdOption].map((property) => ({
	...property,
	displayOptions: show('deleteRecord'),
}));

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = encodeURIComponent(this.getNodeParameter('recordId', itemIndex) as string);
	const qs: IDataObject = {};
	const boardId = this.getNodeParameter('boardId', itemIndex, '') as string;
	if (boardId) qs.boardId = boardId;
	const record = await roseRocketRequest.call(
		this,
		'oAuth2',
		'DELETE',
		`/objects/${id}`,
		itemIndex,
		{ qs },
	);
	return [{ json: { deleted: true, ...record }, pairedItem: { item: itemIndex } }];
}
