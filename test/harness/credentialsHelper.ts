import { Credentials } from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type ICredentials,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeParameters,
	type INodeProperties,
	type INodeTypes,
	type IRequestOptionsSimplified,
} from 'n8n-workflow';

import { REQUEST_NODE_TYPE } from './requestNode';

export interface StoredCredential {
	id: string;
	name: string;
	type: string;
	data: ICredentialDataDecryptedObject;
}

/** What n8n's preAuthentication and OAuth2 persistence wrote, in order, for assertions. */
export interface PersistenceRecord {
	id: string;
	kind: 'preAuthentication' | 'oauthTokenData';
	data: ICredentialDataDecryptedObject;
}

const mockNode: INode = {
	id: 'credentials-mock',
	name: 'mock',
	typeVersion: 1,
	// Any known type: the node only anchors expression evaluation.
	type: REQUEST_NODE_TYPE,
	position: [0, 0],
	parameters: {},
};

const isExpression = (value: unknown) => typeof value === 'string' && value.startsWith('=');

/**
 * An in-memory stand-in for n8n's CredentialsHelper (packages/cli, not published). It follows the
 * real one where behaviour matters to credentials: parent types through `extends`, defaults and
 * `$self` expressions on decryption, both forms of `authenticate`, the preAuthentication guard
 * (hidden expirable field empty, expired, or a credential test) and its persistence rule (the
 * returned fields overlay the stored data; fields stored as expressions are kept).
 */
export class InMemoryCredentialsHelper extends ICredentialsHelper {
	readonly store = new Map<string, StoredCredential>();

	readonly persisted: PersistenceRecord[] = [];

	constructor(
		private readonly credentialTypes: Map<string, ICredentialType>,
		private readonly nodeTypes: INodeTypes,
	) {
		super();
	}

	add(credential: StoredCredential): INodeCredentialsDetails {
		this.store.set(credential.id, { ...credential, data: { ...credential.data } });
		return { id: credential.id, name: credential.name };
	}

	private type(name: string): ICredentialType {
		const type = this.credentialTypes.get(name);
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	getParentTypes(name: string): string[] {
		const parents = this.type(name).extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const definition = this.type(type);
		if (definition.extends === undefined) {
			if (type === 'oAuth2Api') {
				return [
					...definition.properties,
					{
						displayName: 'oauthTokenData',
						name: 'oauthTokenData',
						type: 'json',
						required: false,
						default: {},
					},
				];
			}
			return definition.properties;
		}
		const combined: INodeProperties[] = [];
		for (const parent of definition.extends) {
			NodeHelpers.mergeNodeProperties(combined, this.getCredentialsProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(combined, definition.properties);
		return combined;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.type(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		if (authenticate?.type === 'generic') {
			const options = requestOptions as unknown as Record<string, Record<string, string>>;
			for (const [outerKey, entries] of Object.entries(authenticate.properties)) {
				options[outerKey] ??= {};
				for (const [key, value] of Object.entries(entries as Record<string, string>)) {
					const resolve = (text: string) =>
						isExpression(text)
							? String(
									workflow.expression.getSimpleParameterValue(
										node,
										text,
										'internal',
										{ $credentials: credentials },
										undefined,
										'',
									) ?? '',
								)
							: text;
					options[outerKey][resolve(key)] = resolve(value);
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		const expirable = type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (expirable === undefined || typeof type.preAuthentication !== 'function') return undefined;
		const isTestingCredentials =
			node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isTestingCredentials)
			return undefined;

		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const details = node.credentials?.[typeName];
		if (details?.id) {
			const stored = this.store.get(details.id);
			if (stored) {
				for (const [key, value] of Object.entries(output)) {
					if (key === expirable.name || !isExpression(stored.data[key]))
						stored.data[key] = value as never;
				}
				this.persisted.push({
					id: details.id,
					kind: 'preAuthentication',
					data: { ...output } as ICredentialDataDecryptedObject,
				});
			}
		}
		return Object.assign(credentials, output);
	}

	async getCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentials> {
		const stored = this.stored(nodeCredentials);
		const credentials = new Credentials({ id: stored.id, name: stored.name }, type);
		credentials.updateData(stored.data);
		return credentials;
	}

	private stored(nodeCredentials: INodeCredentialsDetails): StoredCredential {
		const stored = nodeCredentials.id ? this.store.get(nodeCredentials.id) : undefined;
		if (!stored) throw new Error(`Credential ${nodeCredentials.id ?? '(no id)'} not found`);
		return stored;
	}

	/** Decrypts as n8n does: stored data over the type's defaults, then `$self` expressions resolved. */
	async getDecrypted(
		_additionalData: unknown,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		return this.decrypt(this.stored(nodeCredentials).data, type);
	}

	decrypt(data: ICredentialDataDecryptedObject, type: string): ICredentialDataDecryptedObject {
		const properties = this.getCredentialsProperties(type);
		const withDefaults = NodeHelpers.getNodeParameters(
			properties,
			data as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
		for (const [key, value] of Object.entries(data)) {
			if (!(key in withDefaults)) withDefaults[key] = value;
		}
		const workflow = new Workflow({
			nodes: [mockNode],
			connections: {},
			active: false,
			nodeTypes: this.nodeTypes,
		});
		return workflow.expression.getComplexParameterValue(
			mockNode,
			withDefaults as INodeParameters,
			'internal',
			{},
			undefined,
			undefined,
			withDefaults,
		) as ICredentialDataDecryptedObject;
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.stored(nodeCredentials).data = { ...data };
	}

	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const stored = this.stored(nodeCredentials);
		stored.data.oauthTokenData = data.oauthTokenData;
		this.persisted.push({
			id: stored.id,
			kind: 'oauthTokenData',
			data: { oauthTokenData: data.oauthTokenData },
		});
	}
}
