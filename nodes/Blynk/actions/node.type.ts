import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	customApiCall: 'send';
	device: 'create' | 'get' | 'getAll' | 'search';
	datastream: 'getHistory';
	user: 'create';
};

export type BlynkType = AllEntities<NodeMap>;
