import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import {
	customApiCallDescription,
	executeCustomApiCall,
} from '../../../../shared/node/customApiCall';
import { blynkApiBase, blynkRequestUrl } from '../../transport';

export const description = customApiCallDescription();

export const send = {
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		return await executeCustomApiCall(
			this,
			itemIndex,
			await blynkApiBase(this),
			async (method, url, options) =>
				await blynkRequestUrl.call(this, method, url, itemIndex, options),
		);
	},
};
