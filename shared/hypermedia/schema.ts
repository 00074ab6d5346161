/**
 * Checks a body against the subset of JSON Schema that APIs advertise for their actions: type,
 * required, properties, additionalProperties, enum, minLength/maxLength, pattern, minimum/maximum,
 * items, and format "email". Returns every problem, each naming its field.
 */
type Schema = Record<string, unknown>;

const typeOf = (value: unknown): string => {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
};

function matchesType(value: unknown, expected: unknown): boolean {
	const types = Array.isArray(expected) ? expected : [expected];
	const actual = typeOf(value);
	return types.some((type) => type === actual || (type === 'number' && actual === 'integer'));
}

export function validateAgainstSchema(value: unknown, schema: unknown, path = ''): string[] {
	if (schema === null || typeof schema !== 'object') return [];
	const rules = schema as Schema;
	const field = path || 'the body';
	const problems: string[] = [];
	if (rules.type !== undefined && !matchesType(value, rules.type)) {
		return [
			`${field} must be of type ${Array.isArray(rules.type) ? rules.type.join(' or ') : String(rules.type)}, not ${typeOf(value)}`,
		];
	}
	if (Array.isArray(rules.enum) && !rules.enum.some((allowed) => allowed === value)) {
		problems.push(
			`${field} must be one of ${rules.enum.map((entry) => JSON.stringify(entry)).join(', ')}`,
		);
	}
	if (typeof value === 'string') {
		if (typeof rules.minLength === 'number' && value.length < rules.minLength)
			problems.push(`${field} must have at least ${rules.minLength} characters`);
		if (typeof rules.maxLength === 'number' && value.length > rules.maxLength)
			problems.push(`${field} must have at most ${rules.maxLength} characters`);
		if (typeof rules.pattern === 'string' && !new RegExp(rules.pattern, 'u').test(value))
			problems.push(`${field} does not match the pattern ${rules.pattern}`);
		if (rules.format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
			problems.push(`${field} must be an email address`);
	}
	if (typeof value === 'number') {
		if (typeof rules.minimum === 'number' && value < rules.minimum)
			problems.push(`${field} must be at least ${rules.minimum}`);
		if (typeof rules.maximum === 'number' && value > rules.maximum)
			problems.push(`${field} must be at most ${rules.maximum}`);
	}
	if (Array.isArray(value) && rules.items) {
		value.forEach((entry, index) =>
			problems.push(...validateAgainstSchema(entry, rules.items, `${field}[${index}]`)),
		);
	}
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
		const record = value as Record<string, unknown>;
		const properties = (rules.properties ?? {}) as Record<string, unknown>;
		const prefix = path ? `${path}.` : '';
		for (const name of Array.isArray(rules.required) ? (rules.required as string[]) : []) {
			if (record[name] === undefined) problems.push(`${prefix}${name} is required`);
		}
		for (const [name, entry] of Object.entries(record)) {
			if (name in properties)
				problems.push(...validateAgainstSchema(entry, properties[name], `${prefix}${name}`));
			else if (rules.additionalProperties === false)
				problems.push(`${prefix}${name} is not allowed`);
		}
	}
	return problems;
}
