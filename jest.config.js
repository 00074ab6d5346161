/** Tests run the built package (dist/) through n8n-core, so `npm test` builds first. */
// A few of n8n-core's dependencies ship only as ES modules; compile them to CommonJS for Jest.
const esmOnly = ['p-retry', 'is-network-error'];

module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// Real-n8n tests run with jest.e2e.config.js (npm run test:e2e), the fault suite with
	// jest.faults.config.js (npm run test:faults).
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/faults/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
		'^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' }, diagnostics: false }],
	},
	transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
	testTimeout: 30000,
	// n8n-core keeps process-wide timers alive after a run; they are not ours to stop.
	forceExit: true,
};
