import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { jsonObjectParameter } from '../../../../shared/node/parameters';
import { roseRocketRequest } from '../../transport';
import { fields, objectKey, objectKeyOf, pathList, paths, show } from './common';

export const description: INodeProperties[] = [
	objectKey,
	fields('The record\'s fields, e.g. {"name": "Acme"}'),
	paths,
].map((property) => ({
	...property,
	displayOptions: { show: { ...show('create').show, ...(property.displayOptions?.show ?? {}) } },
}));

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
