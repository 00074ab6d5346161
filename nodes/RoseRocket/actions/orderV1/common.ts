export const showV1 = (resource: string, operation: string) => ({
	show: { authentication: ['legacy'], resource: [resource], operation: [operation] },
});
