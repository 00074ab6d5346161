import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	device: 'create' | 'get' | 'getAll' | 'search';
	datastream: 'getHistory';
	user: 'create';
};

export type BlynkType = AllEntities<NodeMap>;
