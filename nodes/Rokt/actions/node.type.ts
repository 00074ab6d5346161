import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	customApiCall: 'send';
	event: 'send';
	query: 'getAllowedFields' | 'listAccounts' | 'runReport';
};

export type RoktType = AllEntities<NodeMap>;
