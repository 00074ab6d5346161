export { BlynkApi } from './credentials/BlynkApi.credentials';
export { GenericClientCredentialsOAuth2Api } from './credentials/GenericClientCredentialsOAuth2Api.credentials';
export { GenericPasswordGrantOAuth2Api } from './credentials/GenericPasswordGrantOAuth2Api.credentials';
export { RoaringApi } from './credentials/RoaringApi.credentials';
export { RoktApi } from './credentials/RoktApi.credentials';
export { RoseRocketLegacyApi } from './credentials/RoseRocketLegacyApi.credentials';
export { RoseRocketOAuth2Api } from './credentials/RoseRocketOAuth2Api.credentials';
