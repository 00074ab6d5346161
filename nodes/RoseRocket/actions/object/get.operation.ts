import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { roseRocketRequest } from '../../transport';
import { boardIdOption, pathList, paths, recordId, show } from './common';

export const description: INodeProperties[] = [recordId, paths, boardIdOption].map((property) => ({
	...property,
	displayOptions: show('get'),
}));

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = encodeURIComponent(this.getNodeParameter('recordId', itemIndex) as string);
	const qs: IDataObject = {};
	const wanted = pathList.call(this, itemIndex);
	if (wanted.length) qs.paths = wanted.join(',');
	const boardId = this.getNodeParameter('boardId', itemIndex, '') as string;
	if (boardId) qs.boardId = boardId;
	const record = await roseRocketRequest.call(this, 'oAuth2', 'GET', `/objects/${id}`, itemIndex, {
		qs,
	});
	return [{ json: record, pairedItem: { item: itemIndex } }];
}
