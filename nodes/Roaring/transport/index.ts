import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import { text } from '../../../shared/oauth/credentialFields';
import { joinUrl } from '../../../shared/oauth/parameters';
import type { Fetcher } from '../../../shared/hypermedia/follow';
import { LinkNotFound } from '../../../shared/hypermedia/follow';
import { checkTarget, LinkRefusal, type OriginPolicy } from '../../../shared/hypermedia/safety';
import { apiRequestWithResponse } from '../../../shared/transport/request';

export interface RoaringSession {
	policy: OriginPolicy;
	rootUrl: string;
	fetch: Fetcher;
}

/**
 * A session on the Roaring API for one item: the API's origin from the credential, the hosts the
 * user allowed besides, and a fetcher whose every request and redirect is checked against them.
 */
export async function roaringSession(
	this: IExecuteFunctions,
	itemIndex: number,
	allowedHosts: string[],
): Promise<RoaringSession> {
	const credentials = await this.getCredentials('roaringApi');
	const baseUrl = text(credentials, 'baseUrl') || 'https://backend.roaring.io';
	const policy: OriginPolicy = { apiOrigin: new URL(baseUrl).origin, allowedHosts };
	const options = {
		provider: 'Roaring',
		credentialType: 'roaringApi',
		checkRedirect: (target: string, from: string) => checkTarget(target, from, policy),
	};
	const fetch: Fetcher = async (url, request = {}) => {
		checkTarget(url, url, policy);
		return await apiRequestWithResponse(
			this,
			options,
			{ method: (request.method ?? 'GET') as 'GET', url, body: request.body as never },
			itemIndex,
		);
	};
	return { policy, rootUrl: joinUrl(baseUrl, '/'), fetch };
}

/** Link refusals and missing links are the user's to act on: NodeOperationErrors with their message. */
export async function withLinkErrors<T>(
	context: IExecuteFunctions,
	itemIndex: number,
	work: () => Promise<T>,
): Promise<T> {
	const outcome = await work().then(
		(value) => ({ ok: true as const, value }),
		(error: unknown) => ({ ok: false as const, error }),
	);
	if (outcome.ok) return outcome.value;
	if (outcome.error instanceof LinkRefusal || outcome.error instanceof LinkNotFound) {
		throw new NodeOperationError(context.getNode(), outcome.error.message, {
			itemIndex,
			description:
				outcome.error instanceof LinkRefusal
					? "The credential was not sent. Links are followed only on the API's own origin and the Allowed Hosts."
					: 'Check the relation names; the message lists the ones this document has.',
		});
	}
	throw outcome.error;
}
