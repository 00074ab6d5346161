import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import {
	customApiCallDescription,
	executeCustomApiCall,
} from '../../../../shared/node/customApiCall';
import { roaringSession } from '../../transport';

export const description = customApiCallDescription();

export const send = {
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const session = await roaringSession.call(this, itemIndex, []);
		return await executeCustomApiCall(
			this,
			itemIndex,
			session.rootUrl,
			async (method, url, options) => {
				const query = new URLSearchParams(
					Object.entries(options.qs ?? {}).map(([key, value]) => [key, String(value)]),
				).toString();
				const target = query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
				return (await session.fetch(target, { method, body: options.body })).body;
			},
		);
	},
};
