import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Authority } from '../sandbox/authority';
import type { Sandbox } from '../sandbox/sandbox';
import { testCredential, type Environment } from './engine';
import { addCredential, request, storedData } from './fixture';

export interface TokenCredentialCase {
	type: string;
	credentials: (sandbox: Sandbox) => ICredentialDataDecryptedObject;
	/** A protected API URL of the provider. */
	apiUrl: (sandbox: Sandbox) => string;
	authority: (sandbox: Sandbox) => Authority;
	/** The secrets that must never appear in an error. */
	secrets: (data: ICredentialDataDecryptedObject) => string[];
	/** The same credential with one secret wrong, and the words its test error must contain. */
	wrongSecret: { field: string; message: RegExp };
}

/**
 * The behaviour every preAuthentication credential of this package shares, run through n8n's
 * engine against the sandbox: fetch, persist, reuse, renew after expiry, and the Test button.
 */
export function describeTokenCredential(
	context: { sandbox: Sandbox; environment: Environment },
	spec: TokenCredentialCase,
) {
	describe(`${spec.type} through the engine`, () => {
		test('fetches a token on first use, persists it, and the request succeeds', async () => {
			const { sandbox, environment } = context;
			const credentials = addCredential(environment, spec.type, spec.credentials(sandbox));
			const result = await request(environment, spec.type, credentials, spec.apiUrl(sandbox));
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(1);
			expect(spec.authority(sandbox).tokenRequestCount()).toBe(1);
			expect(storedData(environment, credentials).accessToken).toEqual(expect.any(String));
			expect(String(storedData(environment, credentials).accessToken)).not.toBe('');
		});

		test('reuses the persisted token on the next execution without a token request', async () => {
			const { sandbox, environment } = context;
			const credentials = addCredential(environment, spec.type, spec.credentials(sandbox));
			await request(environment, spec.type, credentials, spec.apiUrl(sandbox));
			const second = await request(environment, spec.type, credentials, spec.apiUrl(sandbox), {
				items: 3,
			});
			expect(second.error).toBeUndefined();
			expect(second.items).toHaveLength(3);
			expect(spec.authority(sandbox).tokenRequestCount()).toBe(1);
		});

		test('renews once after the token expires and retries the request', async () => {
			const { sandbox, environment } = context;
			const credentials = addCredential(environment, spec.type, spec.credentials(sandbox));
			await request(environment, spec.type, credentials, spec.apiUrl(sandbox));
			const before = String(storedData(environment, credentials).accessToken);
			spec.authority(sandbox).expireAll();
			const result = await request(environment, spec.type, credentials, spec.apiUrl(sandbox));
			expect(result.error).toBeUndefined();
			expect(spec.authority(sandbox).tokenRequestCount()).toBe(2);
			expect(storedData(environment, credentials).accessToken).not.toBe(before);
			const statuses = spec.authority(sandbox).apiLog.map((entry) => entry.status);
			expect(statuses).toEqual([200, 401, 200]);
		});

		test('50 parallel requests across a forced expiry cause exactly one token request', async () => {
			const { sandbox, environment } = context;
			const credentials = addCredential(environment, spec.type, spec.credentials(sandbox));
			await request(environment, spec.type, credentials, spec.apiUrl(sandbox));
			spec.authority(sandbox).expireAll();
			const result = await request(environment, spec.type, credentials, spec.apiUrl(sandbox), {
				items: 50,
				parallel: true,
			});
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(50);
			expect(result.items.every((item) => item.json.error === undefined)).toBe(true);
			expect(spec.authority(sandbox).tokenRequestCount()).toBe(2);
		});

		test('the credential test passes with the right secrets', async () => {
			const { sandbox, environment } = context;
			await expect(
				testCredential(environment, spec.type, spec.credentials(sandbox)),
			).resolves.toEqual({
				status: 'OK',
				message: 'Connection tested successfully',
			});
		});

		test('the credential test fails with a clear message and no secret on a wrong secret', async () => {
			const { sandbox, environment } = context;
			const data = {
				...spec.credentials(sandbox),
				[spec.wrongSecret.field]: 'wrong-secret-value-123',
			};
			const outcome = await testCredential(environment, spec.type, data);
			expect(outcome.status).toBe('Error');
			expect(outcome.message).toMatch(spec.wrongSecret.message);
			for (const secret of [...spec.secrets(data), ...spec.secrets(spec.credentials(sandbox))]) {
				expect(outcome.message).not.toContain(secret);
			}
		});
	});
}
