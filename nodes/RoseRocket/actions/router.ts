import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeOperations } from '../../../shared/node/router';
import * as customApiCall from './customApiCall/CustomApiCall.resource';
import * as customerV1 from './customerV1/CustomerV1.resource';
import type { RoseRocketType } from './node.type';
import * as object from './object/Object.resource';
import * as orderV1 from './orderV1/OrderV1.resource';

/** Orders and customers of the Platform Model API are objects with a fixed object key. */
const resources: Record<RoseRocketType['resource'], Record<string, unknown>> = {
	object,
	order: object,
	customer: object,
	orderV1,
	customerV1,
	customApiCall,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, resources);
}
