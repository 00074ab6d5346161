import { formUrlEncode } from './clientAuth';

const MASK = '[redacted]';

/** Every form a secret may take on the wire: as is, URL/form-encoded, and base64 (Basic auth). */
function secretForms(secret: string): string[] {
	const forms = new Set([secret, encodeURIComponent(secret), formUrlEncode(secret)]);
	forms.add(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''));
	return [...forms];
}

/**
 * Removes every known secret from a text. Short values are left alone: masking a 3-character
 * secret would shred ordinary words, and no real secret is that short.
 */
export function redactSecrets(text: string, secrets: Array<string | undefined>): string {
	let result = text;
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < 6) continue;
		for (const form of secretForms(secret)) {
			result = result.split(form).join(MASK);
		}
	}
	return result;
}
