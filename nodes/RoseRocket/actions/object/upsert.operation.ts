import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { jsonObjectParameter } from '../../../../shared/node/parameters';
import { showOnly } from '../../../../shared/node/descriptions';
import { roseRocketRequest } from '../../transport';
import { fields, objectKey, objectKeyOf, pathList, paths, show } from './common';

const externalId: INodeProperties = {
	displayName: 'External ID',
	name: 'externalId',
	type: 'string',
	default: '',
	required: true,
	description: 'Your ID for the record: it is updated if it exists, created otherwise',
};

export const description: INodeProperties[] = showOnly(show('upsert').show, [
	externalId,
	objectKey,
	fields("The record's fields"),
	paths,
]);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const key = encodeURIComponent(objectKeyOf.call(this, itemIndex));
	const id = encodeURIComponent(this.getNodeParameter('externalId', itemIndex) as string);
	const body = {
		json: jsonObjectParameter(this, 'fields', 'Fields', itemIndex),
		paths: pathList.call(this, itemIndex),
	};
	const record = await roseRocketRequest.call(
		this,
		'oAuth2',
		'PATCH',
		`/objects/${key}/${id}/external`,
		itemIndex,
		{ body },
	);
	return [{ json: record, pairedItem: { item: itemIndex } }];
}
