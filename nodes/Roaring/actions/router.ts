import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeOperations } from '../../../shared/node/router';
import * as customApiCall from './customApiCall/CustomApiCall.resource';
import * as action from './action/Action.resource';
import * as link from './link/Link.resource';
import type { RoaringType } from './node.type';
import * as subAccount from './subAccount/SubAccount.resource';

const resources: Record<RoaringType['resource'], Record<string, unknown>> = {
	action,
	customApiCall,
	link,
	subAccount,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, resources);
}
