/** How the client proves its identity to the token endpoint (RFC 6749 §2.3). */
export type ClientAuthMethod = 'basic' | 'body' | 'query' | 'none';

/** The grants the token engine can request. */
export type Grant = 'client_credentials' | 'password' | 'refresh_token';

/** Where a parameter of the token request travels. */
export type ParameterLocation = 'body' | 'query';

export type BodyFormat = 'form' | 'json';

/** Everything the engine needs to ask a token endpoint for a token, independent of any provider. */
export interface TokenEndpointConfig {
	tokenUrl: string;
	/** The grant used when there is no refresh token, or the refresh token is refused. */
	grant: 'client_credentials' | 'password';
	clientId: string;
	clientSecret: string;
	clientAuth: ClientAuthMethod;
	/** Where grant_type and the grant's own parameters go (Blynk wants them in the query). */
	parameterLocation: ParameterLocation;
	bodyFormat: BodyFormat;
	username?: string;
	password?: string;
	scope?: string;
	audience?: string;
	/** Extra parameters for the first token request (the primary grant). */
	extraTokenParameters?: Record<string, string>;
	/** Extra parameters for the refresh_token request. */
	extraRefreshParameters?: Record<string, string>;
	/** Whether a refresh token, when the server returns one, is used before a fresh login. */
	useRefreshToken: boolean;
	/** Dot paths into the token response. */
	responseFields: TokenResponseFields;
}

export interface TokenResponseFields {
	accessToken: string;
	expiresIn: string;
	refreshToken: string;
	tokenType: string;
	/** The user sets these paths in the credential (the generic credentials). */
	adjustable?: boolean;
}

export const STANDARD_RESPONSE_FIELDS: TokenResponseFields = {
	accessToken: 'access_token',
	expiresIn: 'expires_in',
	refreshToken: 'refresh_token',
	tokenType: 'token_type',
};

/** A validated token, with the token type made canonical. */
export interface TokenSet {
	accessToken: string;
	tokenType: 'Bearer';
	/** Seconds, as the server said; undefined when the server did not say. */
	expiresIn?: number;
	refreshToken?: string;
}

/** What a preAuthentication credential persists through n8n. */
export interface StoredTokenFields {
	accessToken: string;
	refreshToken?: string;
}
