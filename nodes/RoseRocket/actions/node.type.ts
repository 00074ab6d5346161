import type { AllEntities } from 'n8n-workflow';

type ObjectOperation = 'create' | 'deleteRecord' | 'get' | 'search' | 'update' | 'upsert';

type NodeMap = {
	customApiCall: 'send';
	object: ObjectOperation;
	order: ObjectOperation;
	customer: ObjectOperation;
	orderV1: 'create' | 'get' | 'search';
	customerV1: 'get' | 'search' | 'upsert';
};

export type RoseRocketType = AllEntities<NodeMap>;
