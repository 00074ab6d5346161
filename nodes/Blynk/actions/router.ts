import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import * as datastream from './datastream/Datastream.resource';
import * as device from './device/Device.resource';
import type { BlynkType } from './node.type';
import * as user from './user/User.resource';

const resources = { datastream, device, user };

/** Runs the chosen operation once per input item; under Continue on Fail each error stays paired to its item. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const resource = this.getNodeParameter('resource', itemIndex) as BlynkType['resource'];
		const operation = this.getNodeParameter('operation', itemIndex) as string;
		const handler = (
			resources[resource] as unknown as Record<string, { execute?: typeof device.get.execute }>
		)?.[operation];
		try {
			if (!handler?.execute) {
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${operation}" is not supported for "${resource}"`,
					{ itemIndex },
				);
			}
			returnData.push(...(await handler.execute.call(this, itemIndex)));
		} catch (error) {
			if (!this.continueOnFail()) {
				throw error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			}
			returnData.push({
				json: { error: (error as Error).message },
				pairedItem: { item: itemIndex },
			});
		}
	}
	return [returnData];
}
