import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeOperations } from '../../../shared/node/router';
import * as customApiCall from './customApiCall/CustomApiCall.resource';
import * as datastream from './datastream/Datastream.resource';
import * as device from './device/Device.resource';
import type { BlynkType } from './node.type';
import * as user from './user/User.resource';

const resources: Record<BlynkType['resource'], Record<string, unknown>> = {
	customApiCall,
	datastream,
	device,
	user,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, resources);
}
