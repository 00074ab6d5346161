import { redactSecrets } from '../../../shared/oauth/redact';

test('removes a secret in every form it may travel in', () => {
	const secret = 'p@ss word/+=';
	const text = [
		secret,
		encodeURIComponent(secret),
		'p%40ss+word%2F%2B%3D',
		Buffer.from(secret).toString('base64'),
	].join(' | ');
	const redacted = redactSecrets(text, [secret]);
	expect(redacted).toBe('[redacted] | [redacted] | [redacted] | [redacted]');
});

test('leaves short or empty values alone', () => {
	expect(redactSecrets('a b c', ['a', '', undefined])).toBe('a b c');
});
