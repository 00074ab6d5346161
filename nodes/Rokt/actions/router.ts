import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeOperations } from '../../../shared/node/router';
import * as customApiCall from './customApiCall/CustomApiCall.resource';
import * as event from './event/Event.resource';
import type { RoktType } from './node.type';
import * as query from './query/Query.resource';

const resources: Record<RoktType['resource'], Record<string, unknown>> = {
	customApiCall,
	event,
	query,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, resources);
}
