import { TokenRequestError } from './errors';

/**
 * Parses a credential's "extra parameters" JSON field into string pairs. Numbers and booleans are
 * accepted and sent as text; anything else is refused with a message naming the field.
 */
export function parseExtraParameters(raw: unknown, fieldName: string): Record<string, string> {
	if (raw === undefined || raw === null || raw === '') return {};
	const parsed = typeof raw === 'string' ? tryParseJson(raw) : { ok: true as const, value: raw };
	if (!parsed.ok) {
		throw new TokenRequestError(
			'invalid_configuration',
			`${fieldName} is not valid JSON. Enter an object such as {"resource": "https://api.example.com"}.`,
		);
	}
	const value = parsed.value;
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new TokenRequestError(
			'invalid_configuration',
			`${fieldName} must be a JSON object of names and values, such as {"resource": "https://api.example.com"}.`,
		);
	}
	const result: Record<string, string> = {};
	for (const [name, entry] of Object.entries(value as Record<string, unknown>)) {
		if (typeof entry === 'string') result[name] = entry;
		else if (typeof entry === 'number' || typeof entry === 'boolean') result[name] = String(entry);
		else {
			throw new TokenRequestError(
				'invalid_configuration',
				`${fieldName}: the value of "${name}" must be text, a number or true/false.`,
			);
		}
	}
	return result;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false };

export function tryParseJson(text: string): Parsed<unknown> {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false };
	}
}

export function tryParseUrl(text: string): URL | undefined {
	try {
		return new URL(text);
	} catch {
		return undefined;
	}
}

/** Joins a base URL and a path without doubling or dropping the slash between them. */
export function joinUrl(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
