import { checkTarget, LinkRefusal } from '../../../shared/hypermedia/safety';

const policy = { apiOrigin: 'https://api.example.com', allowedHosts: ['files.example.net'] };
const from = 'https://api.example.com/things';

const refusal = (target: string, fromUrl = from) => {
	try {
		checkTarget(target, fromUrl, policy);
	} catch (error) {
		expect(error).toBeInstanceOf(LinkRefusal);
		return error as LinkRefusal;
	}
	throw new Error(`expected ${target} to be refused`);
};

test('the API origin and explicitly allowed https hosts pass', () => {
	expect(checkTarget('https://api.example.com/other?x=1', from, policy).toString()).toBe(
		'https://api.example.com/other?x=1',
	);
	expect(checkTarget('https://files.example.net/a', from, policy).host).toBe('files.example.net');
});

test.each([
	['https://evil.example.org/steal', 'foreign_origin'],
	['https://api.example.com:8443/x', 'foreign_origin'],
	['http://api.example.com/x', 'insecure'],
	['http://files.example.net/a', 'insecure'],
	['https://user:pw@api.example.com/x', 'userinfo'],
	['http://169.254.169.254/latest/meta-data/', 'insecure'],
	['https://169.254.169.254/latest/meta-data/', 'private_address'],
	['https://metadata.google.internal/computeMetadata/v1/', 'private_address'],
	['ftp://api.example.com/x', 'unsupported_scheme'],
	['not a url', 'invalid_url'],
])('%s is refused (%s)', (target, reason) => {
	const refused = refusal(target);
	expect(refused.reason).toBe(reason);
	expect(refused.message).not.toMatch(/token|secret/i);
});

test('a refusal names the host but never the query string, which may carry a secret', () => {
	expect(refusal('https://evil.example.org/x?access_token=abc123').message).not.toContain('abc123');
});
