import { tryParseUrl } from '../oauth/parameters';

export type RefusalReason =
	| 'invalid_url'
	| 'unsupported_scheme'
	| 'userinfo'
	| 'insecure'
	| 'foreign_origin'
	| 'private_address';

/** A link or redirect this package will not send credentials to, and why. */
export class LinkRefusal extends Error {
	constructor(
		readonly reason: RefusalReason,
		message: string,
		readonly target: string,
	) {
		super(message);
		this.name = 'LinkRefusal';
	}
}

export interface OriginPolicy {
	/** The API's own origin: credentials may go there. */
	apiOrigin: string;
	/** Further hosts the user allowed explicitly (host names, optionally with a port). */
	allowedHosts?: string[];
}

/** Cloud metadata and link-local addresses, never a place for a credential. */
function isLinkLocalOrMetadata(hostname: string): boolean {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return (
		/^169\.254\./.test(host) ||
		/^fe[89ab][0-9a-f]:/.test(host) ||
		host === 'metadata.google.internal' ||
		host === '100.100.100.200' ||
		host === 'fd00:ec2::254'
	);
}

/** Shows where a link points without any query string, which may hold a secret. */
export function describeUrl(url: URL): string {
	return `${url.origin}${url.pathname}`;
}

/**
 * Decides whether a request that carries the credential may go to `target`, having come from
 * `from`. The API's own origin is allowed; another host only when the user listed it, over https
 * and not at a link-local or metadata address; never http after https, never a URL with a user name.
 */
export function checkTarget(target: string, from: string, policy: OriginPolicy): URL {
	const url = tryParseUrl(target);
	if (!url)
		throw new LinkRefusal(
			'invalid_url',
			`Refused a link that is not a valid URL: "${target.slice(0, 200)}"`,
			target,
		);
	const shown = describeUrl(url);
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new LinkRefusal(
			'unsupported_scheme',
			`Refused a link to ${url.protocol} (${shown}): only http and https are followed`,
			target,
		);
	}
	if (url.username || url.password) {
		throw new LinkRefusal(
			'userinfo',
			`Refused a link with a user name or password in it (${url.host})`,
			target,
		);
	}
	const origin = tryParseUrl(from);
	if (origin?.protocol === 'https:' && url.protocol === 'http:') {
		throw new LinkRefusal(
			'insecure',
			`Refused a link from https to plain http (${shown}): the credential would travel unencrypted`,
			target,
		);
	}
	if (url.origin === new URL(policy.apiOrigin).origin) return url;
	if (isLinkLocalOrMetadata(url.hostname)) {
		throw new LinkRefusal(
			'private_address',
			`Refused a link to a link-local or cloud metadata address (${url.host})`,
			target,
		);
	}
	const allowed = (policy.allowedHosts ?? []).some((host) => {
		const wanted = host.trim().toLowerCase();
		return (
			wanted !== '' && (url.host.toLowerCase() === wanted || url.hostname.toLowerCase() === wanted)
		);
	});
	if (allowed && url.protocol === 'https:') return url;
	throw new LinkRefusal(
		'foreign_origin',
		`Refused to send the credential to ${url.origin}, which is not the API's own origin (${new URL(policy.apiOrigin).origin}). Add the host to "Allowed Hosts" if it is trusted.`,
		target,
	);
}
