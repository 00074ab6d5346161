/** The figures the fault suite reports, per test file and summed by the reporter. */
export interface Figures {
	scenarios: number;
	itemsIn: number;
	itemsOut: number;
	secretsFound: number;
	foreignRequests: number;
	foreignRequestsWithCredentials: number;
	logLines: number;
}

export const noFigures = (): Figures => ({
	scenarios: 0,
	itemsIn: 0,
	itemsOut: 0,
	secretsFound: 0,
	foreignRequests: 0,
	foreignRequestsWithCredentials: 0,
	logLines: 0,
});
