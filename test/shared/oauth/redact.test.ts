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

test('removes a Basic header that carries the secret beside the client ID', () => {
	const basic = Buffer.from('my-client:s3cret-value').toString('base64');
	expect(redactSecrets(`Authorization: Basic ${basic} was refused`, ['s3cret-value'])).toBe(
		'Authorization: Basic [redacted] was refused',
	);
});

test('leaves base64 that holds no secret alone', () => {
	const harmless = Buffer.from('nothing to see here').toString('base64');
	expect(redactSecrets(`id ${harmless}`, ['s3cret-value'])).toBe(`id ${harmless}`);
});
