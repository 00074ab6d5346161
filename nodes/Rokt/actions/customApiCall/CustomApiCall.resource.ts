import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import {
	customApiCallDescription,
	executeCustomApiCall,
} from '../../../../shared/node/customApiCall';
import { apiRequest } from '../../../../shared/transport/request';
import { roktApiBase, TRANSPORT } from '../../transport';

export const description = customApiCallDescription();

export const send = {
	async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		return await executeCustomApiCall(
			this,
			itemIndex,
			await roktApiBase(this),
			async (method, url, options) =>
				await apiRequest(this, TRANSPORT, { method, url, ...options }, itemIndex),
		);
	},
};
