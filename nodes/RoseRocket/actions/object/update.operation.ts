import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { jsonObjectParameter } from '../../../../shared/node/parameters';
import { showOnly } from '../../../../shared/node/descriptions';
import { roseRocketRequest } from '../../transport';
import { boardIdOption, fields, objectKey, objectKeyOf, recordId, show } from './common';

export const description: INodeProperties[] = showOnly(show('update').show, [
	recordId,
	objectKey,
	fields('Only the fields to change'),
	boardIdOption,
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = encodeURIComponent(this.getNodeParameter('recordId', itemIndex) as string);
	const body: IDataObject = {
		objectKey: objectKeyOf.call(this, itemIndex),
		json: jsonObjectParameter(this, 'fields', 'Fields', itemIndex),
	};
	const boardId = this.getNodeParameter('boardId', itemIndex, '') as string;
	if (boardId) body.boardId = boardId;
	const record = await roseRocketRequest.call(this, 'oAuth2', 'PUT', `/objects/${id}`, itemIndex, {
		body,
	});
	return [{ json: record, pairedItem: { item: itemIndex } }];
}
