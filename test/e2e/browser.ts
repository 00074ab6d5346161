/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- test infrastructure, never shipped */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { OWNER, type N8nServer } from './n8nServer';

/**
 * Headless Debian Chromium (installed by scripts/chromium.sh), with the flags that keep it off
 * the network it cannot reach, in a fresh profile.
 */
export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
	const executablePath = execFileSync(
		'bash',
		[path.resolve(__dirname, '..', '..', 'scripts', 'chromium.sh')],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
	)
		.trim()
		.split('\n')
		.at(-1)!;
	const profile = mkdtempSync(path.join(tmpdir(), 'chromium-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		viewport: { width: 1440, height: 900 },
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** Signs in to the n8n editor as the owner. */
export async function signIn(page: Page, n8n: N8nServer): Promise<void> {
	await page.goto(`${n8n.url}/signin`);
	await page.getByLabel(/email/i).fill(OWNER.email);
	await page.getByLabel(/password/i).fill(OWNER.password);
	await page.getByRole('button', { name: /sign in/i }).click();
	await page.waitForURL(/\/home|\/workflow/);
}

/**
 * Creates an OAuth2 credential in the editor's credential modal as a user does: picks the type,
 * fills the fields by their labels, saves, clicks Connect, and hands the provider's consent
 * page (the popup) to `consent`. Resolves with the text of the "connected" banner.
 */
export async function createAndConnectOAuth2(
	page: Page,
	n8n: N8nServer,
	options: {
		typeDisplayName: string;
		fields: Record<string, string>;
		consent: (popup: Page) => Promise<void>;
	},
): Promise<string> {
	await page.goto(`${n8n.url}/home/credentials/create`);
	await page.getByPlaceholder('Search for app...').fill(options.typeDisplayName);
	await page
		.locator('[data-test-id="new-credential-type-select-option"]')
		.filter({ hasText: options.typeDisplayName })
		.first()
		.click();
	await page.locator('[data-test-id="new-credential-type-button"]').click();
	for (const [label, value] of Object.entries(options.fields)) {
		await page
			.locator('[data-test-id="credential-connection-parameter"]')
			.filter({ hasText: label })
			.locator('input')
			.first()
			.fill(value);
	}
	await page.locator('[data-test-id="credential-save-button"]').click();
	// The delete button appears once the credential is saved; Connect needs a saved credential.
	await page.locator('[data-test-id="credential-delete-button"]').waitFor();
	const popupOpened = page.context().waitForEvent('page');
	await page.locator('[data-test-id="quick-connect-button"]').click();
	const popup = await popupOpened;
	await popup.waitForLoadState();
	await options.consent(popup);
	const banner = page.locator('[data-test-id="oauth-connect-success-banner"]');
	await banner.waitFor();
	return await banner.innerText();
}
