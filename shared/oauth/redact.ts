import { formUrlEncode } from './clientAuth';

const MASK = '[redacted]';

/** Every form a secret may take on the wire: as is, URL/form-encoded, JSON-escaped and base64. */
function secretForms(secret: string): string[] {
	const forms = new Set([
		secret,
		encodeURIComponent(secret),
		formUrlEncode(secret),
		JSON.stringify(secret).slice(1, -1),
	]);
	forms.add(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''));
	forms.add(Buffer.from(secret, 'utf8').toString('base64url'));
	return [...forms];
}

/** Runs that may be base64 (a Basic header, say): long enough to hide a secret inside. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{12,}={0,2}/g;

export interface SecretScanner {
	/** Whether any form of any secret is in the text. */
	appearsIn(text: string): boolean;
	/** The text with every form of every secret masked. */
	redact(text: string): string;
}

/**
 * Prepares the forms of a set of secrets once, for texts to check or clean, including base64 runs
 * that decode to text holding a secret (as a Basic header holds "client id:secret"). Short values
 * are left alone: masking a 3-character secret would shred ordinary words, and no real secret is
 * that short.
 */
export function secretScanner(secrets: Array<string | undefined>): SecretScanner {
	const usable = [
		...new Set(
			secrets.filter(
				(secret): secret is string => typeof secret === 'string' && secret.length >= 6,
			),
		),
	];
	const forms = usable.flatMap(secretForms);
	const decodesToSecret = (run: string) => {
		const decoded = Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString(
			'utf8',
		);
		return usable.some((secret) => decoded.includes(secret));
	};
	return {
		appearsIn: (text) =>
			usable.length > 0 &&
			(forms.some((form) => text.includes(form)) ||
				(text.match(BASE64_RUN) ?? []).some(decodesToSecret)),
		redact: (text) => {
			if (usable.length === 0) return text;
			let result = text;
			for (const form of forms) {
				if (result.includes(form)) result = result.split(form).join(MASK);
			}
			return result.replace(BASE64_RUN, (run) => (decodesToSecret(run) ? MASK : run));
		},
	};
}

/** Removes every known secret from a text (see secretScanner). */
export function redactSecrets(text: string, secrets: Array<string | undefined>): string {
	return secretScanner(secrets).redact(text);
}
