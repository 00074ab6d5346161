/** The fault, abuse and secret-safety suite (npm run test:faults), on the same engine set-up as npm test. */
const base = require('./jest.config.js');

module.exports = {
	...base,
	roots: ['<rootDir>/test/faults'],
	testMatch: ['**/*.faults.test.ts'],
	testPathIgnorePatterns: ['/node_modules/'],
	testTimeout: 300000,
	maxWorkers: 1,
	globalSetup: '<rootDir>/test/faults/figures.setup.ts',
	globalTeardown: '<rootDir>/test/faults/figures.report.ts',
};
