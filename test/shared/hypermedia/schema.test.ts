import { validateAgainstSchema } from '../../../shared/hypermedia/schema';

const schema = {
	type: 'object',
	required: ['name', 'organisationNumber', 'email'],
	properties: {
		name: { type: 'string', minLength: 1 },
		organisationNumber: { type: 'string', pattern: '^[0-9]{6}-?[0-9]{4}$' },
		email: { type: 'string', format: 'email' },
		monthlyQuota: { type: 'integer', minimum: 0 },
	},
	additionalProperties: false,
};

test('a valid body has no problems', () => {
	expect(
		validateAgainstSchema(
			{ name: 'A', organisationNumber: '556000-0001', email: 'a@b.se', monthlyQuota: 3 },
			schema,
		),
	).toEqual([]);
});

test('each missing or wrong field is named', () => {
	expect(
		validateAgainstSchema(
			{ name: '', organisationNumber: '12', monthlyQuota: -1.5, extra: true },
			schema,
		),
	).toEqual([
		'email is required',
		'name must have at least 1 characters',
		'organisationNumber does not match the pattern ^[0-9]{6}-?[0-9]{4}$',
		'monthlyQuota must be of type integer, not number',
		'extra is not allowed',
	]);
	expect(validateAgainstSchema([], schema)).toEqual(['the body must be of type object, not array']);
});
