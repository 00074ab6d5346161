import { addCredential, request, useSandbox } from '../harness/fixture';
import { describeTokenCredential } from '../harness/tokenCredentialSuite';
import { roktAccounts } from '../sandbox/providers/rokt';
import type { Sandbox } from '../sandbox/sandbox';

const context = useSandbox();
const rokt = (sandbox: Sandbox) => ({ ...roktAccounts.app, baseUrl: sandbox.urls.rokt });

describeTokenCredential(context, {
	type: 'roktApi',
	credentials: rokt,
	apiUrl: (sandbox) => `${sandbox.urls.rokt}/v1/query/accounts`,
	authority: (sandbox) => sandbox.providers.rokt.authorities.oauth,
	secrets: (data) => [String(data.appSecret)],
	wrongSecret: { field: 'appSecret', message: /invalid_client/ },
});

test('asks for a client_credentials token with Basic client authentication and no refresh', async () => {
	const { sandbox, environment } = context;
	const credentials = addCredential(environment, 'roktApi', rokt(sandbox));
	const result = await request(
		environment,
		'roktApi',
		credentials,
		`${sandbox.urls.rokt}/v1/query/accounts`,
	);
	expect(result.items[0].json).toEqual({ data: roktAccounts.accounts });
	expect(sandbox.providers.rokt.authorities.oauth.tokenRequests).toEqual([
		expect.objectContaining({
			clientId: roktAccounts.app.appId,
			grant: 'client_credentials',
			ok: true,
		}),
	]);
});
