import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import {
	customApiCallDescription,
	executeCustomApiCall,
} from '../../../../shared/node/customApiCall';
import { roseRocketApiBase, roseRocketRequestUrl, type RoseRocketApi } from '../../transport';

export const description = customApiCallDescription();

export const send = {
	/** Paths are under the API the Authentication picks: the Platform Model API or v1. */
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const api = this.getNodeParameter('authentication', itemIndex) as RoseRocketApi;
		return await executeCustomApiCall(
			this,
			itemIndex,
			await roseRocketApiBase(this, api),
			async (method, url, options) =>
				await roseRocketRequestUrl.call(this, api, method, url, itemIndex, options),
		);
	},
};
