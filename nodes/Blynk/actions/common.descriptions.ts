import type { INodeProperties } from 'n8n-workflow';

export const deviceId: INodeProperties = {
	displayName: 'Device ID',
	name: 'deviceId',
	type: 'number',
	default: 0,
	required: true,
	description: 'The numeric ID of the device, shown in Blynk.Console under Device Info',
};
