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

function decodesToSecret(run: string, secrets: string[]): boolean {
	const decoded = Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
	return secrets.some((secret) => decoded.includes(secret));
}

/**
 * Removes every known secret from a text, including base64 runs that decode to text holding one
 * (as a Basic header holds "client id:secret"). Short values are left alone: masking a
 * 3-character secret would shred ordinary words, and no real secret is that short.
 */
export function redactSecrets(text: string, secrets: Array<string | undefined>): string {
	const usable = secrets.filter(
		(secret): secret is string => typeof secret === 'string' && secret.length >= 6,
	);
	let result = text;
	for (const secret of usable) {
		for (const form of secretForms(secret)) {
			result = result.split(form).join(MASK);
		}
	}
	return result.replace(BASE64_RUN, (run) => (decodesToSecret(run, usable) ? MASK : run));
}
