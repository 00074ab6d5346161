/** End-to-end tests: the built package inside a real n8n (installed by scripts/n8n-runtime.sh). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
	},
	testTimeout: 120000,
	maxWorkers: 1,
	forceExit: true,
};
