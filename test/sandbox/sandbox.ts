import { listen, type RunningServer } from './http';
import { handlerFor, type Provider } from './provider';
import { createBlynk } from './providers/blynk';
import { createForeign } from './providers/foreign';
import { createGeneric, defaultGenericSettings, type GenericSettings } from './providers/generic';
import { createRoaring, type RoaringSettings } from './providers/roaring';
import { createRokt } from './providers/rokt';
import { createRoseRocket, type RoseRocketOptions } from './providers/roseRocket';

export interface SandboxOptions {
	host?: string;
	/** Fixed ports per provider (for the demo); 0 or absent picks free ports. */
	ports?: Partial<Record<ProviderName, number>>;
	roseRocket?: Partial<RoseRocketOptions>;
	generic?: Partial<GenericSettings>;
	roaring?: Partial<Omit<RoaringSettings, 'foreignOrigin'>>;
}

export type ProviderName = 'roseRocket' | 'blynk' | 'rokt' | 'roaring' | 'generic' | 'foreign';

/**
 * Local stand-ins for the four providers, a generic OAuth2 server and a foreign origin, each on
 * its own loopback port so that each is its own origin, as the real hosts are.
 */
export async function startSandbox(options: SandboxOptions = {}) {
	const host = options.host ?? '127.0.0.1';
	const ports = options.ports ?? {};
	const foreign = createForeign();
	const foreignServer = await listen(handlerFor(foreign), ports.foreign ?? 0, host);

	const roseRocket = createRoseRocket({
		requireOrgIdOnRefresh: true,
		acceptOrgIdInQuery: true,
		...options.roseRocket,
	});
	const blynk = createBlynk();
	const rokt = createRokt();
	const roaringSettings: RoaringSettings = {
		linkMode: 'normal',
		pageSize: 10,
		...options.roaring,
		foreignOrigin: foreignServer.origin,
	};
	const roaring = createRoaring(roaringSettings);
	const generic = createGeneric({ ...defaultGenericSettings(), ...options.generic });

	const providers = { roseRocket, blynk, rokt, roaring, generic, foreign };
	const servers: Record<string, RunningServer> = { foreign: foreignServer };
	for (const [name, provider] of Object.entries(providers) as Array<[ProviderName, Provider]>) {
		if (name === 'foreign') continue;
		servers[name] = await listen(handlerFor(provider), ports[name] ?? 0, host);
	}
	const urls = Object.fromEntries(
		Object.entries(servers).map(([name, server]) => [name, server.origin]),
	) as Record<ProviderName, string>;

	return {
		providers,
		urls,
		roaringSettings,
		reset(): void {
			Object.values(providers).forEach((provider) => provider.reset());
			Object.assign(roaringSettings, { linkMode: 'normal', pageSize: 10, ...options.roaring });
			Object.assign(generic.settings, options.generic ?? {});
		},
		async stop(): Promise<void> {
			await Promise.all(Object.values(servers).map(async (server) => await server.close()));
		},
	};
}

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
