import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { jsonObjectParameter } from '../../../../shared/node/parameters';
import { showOnly } from '../../../../shared/node/descriptions';
import { roseRocketRequest } from '../../transport';
import { fields, objectKey, objectKeyOf, pathList, paths, show } from './common';

export const description: INodeProperties[] = showOnly(show('create').show, [
	objectKey,
	fields('The record\'s fields, e.g. {"name": "Acme"}'),
	paths,
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = {
		objectKey: objectKeyOf.call(this, itemIndex),
		json: jsonObjectParameter(this, 'fields', 'Fields', itemIndex),
		paths: pathList.call(this, itemIndex),
	};
	const record = await roseRocketRequest.call(this, 'oAuth2', 'POST', '/objects', itemIndex, {
		body,
	});
	return [{ json: record, pairedItem: { item: itemIndex } }];
}
