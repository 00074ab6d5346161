import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	customApiCall: 'send';
	link: 'follow' | 'getRoot' | 'listElements';
	action: 'run';
	subAccount: 'create' | 'getAll';
};

export type RoaringType = AllEntities<NodeMap>;
