/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals -- a command-line program, never shipped */
import { blynkAccounts } from './providers/blynk';
import { genericAccounts } from './providers/generic';
import { roaringAccounts } from './providers/roaring';
import { roktAccounts } from './providers/rokt';
import { roseRocketAccounts } from './providers/roseRocket';
import { startSandbox } from './sandbox';

const basePort = Number(process.env.SANDBOX_PORT ?? 4610);

async function main() {
	const sandbox = await startSandbox({
		ports: {
			roseRocket: basePort,
			blynk: basePort + 1,
			rokt: basePort + 2,
			roaring: basePort + 3,
			generic: basePort + 4,
			foreign: basePort + 5,
		},
	});
	const { urls } = sandbox;
	const lines = [
		'Provider sandbox running (Ctrl-C stops it).',
		'',
		`Rose Rocket   ${urls.roseRocket}`,
		`  authorize     ${urls.roseRocket}/authorize`,
		`  OAuth2 token  ${urls.roseRocket}/oauth/token      client ${roseRocketAccounts.oauthClient.clientId}, org ${roseRocketAccounts.orgId}`,
		`  legacy token  ${urls.roseRocket}/oauth2/token     user ${roseRocketAccounts.legacyUser.username}, app ${roseRocketAccounts.legacyApp.clientId}`,
		`  API v1        ${urls.roseRocket}/api/v1`,
		`  API v2        ${urls.roseRocket}/api/v2/platformModel`,
		`Blynk         ${urls.blynk}                 client ${blynkAccounts.client.clientId}`,
		`  token         ${urls.blynk}/oauth2/token?grant_type=client_credentials`,
		`  API           ${urls.blynk}/api/v1/organization`,
		`Rokt          ${urls.rokt}                 app ${roktAccounts.app.appId}`,
		`  token         ${urls.rokt}/auth/oauth2/token`,
		`  API           ${urls.rokt}/v1`,
		`Roaring       ${urls.roaring}                 user ${roaringAccounts.user.username}, client ${roaringAccounts.client.clientId}`,
		`  token         ${urls.roaring}/auth/token`,
		`  API root      ${urls.roaring}/`,
		`Generic OAuth2 ${urls.generic}                client ${genericAccounts.client.clientId}`,
		`  token         ${urls.generic}/oauth/token`,
		`  API           ${urls.generic}/api/me`,
		`Foreign origin ${urls.foreign}   (counts what arrives; nothing with credentials should)`,
		'',
		'Each server answers GET /__sandbox/state and POST /__sandbox/{expire,expireAfter,lifetime,faults,reset}.',
		'The secrets of the sandbox accounts are in test/sandbox/providers/*.ts.',
	];
	console.log(lines.join('\n'));
	const stop = () => {
		void sandbox.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
