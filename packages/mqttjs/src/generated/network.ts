// @generated from spec/network.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
/** Every kind of network failure, in spec order: a failure that carries no reason code. */
export const NETWORK_ERROR_KINDS = ['ConnectionRefused', 'ConnectionReset', 'BrokenPipe', 'TimedOut', 'HostNotFound', 'NetworkUnreachable', 'ConnectTimeout', 'KeepAliveTimeout', 'ConnectionClosed', 'ClosedByServer', 'TlsCertificate', 'TlsHandshake', 'NetworkError'] as const;
/** One of {@link NETWORK_ERROR_KINDS}. */
export type NetworkErrorKind = (typeof NETWORK_ERROR_KINDS)[number];
/** What to do after each kind of network failure (an action of the same closed set as the reason codes). */
export const NETWORK_ACTION = {
  ConnectionRefused: 'back-off',
  ConnectionReset: 'back-off',
  BrokenPipe: 'back-off',
  TimedOut: 'back-off',
  HostNotFound: 'back-off',
  NetworkUnreachable: 'back-off',
  ConnectTimeout: 'back-off',
  KeepAliveTimeout: 'back-off',
  ConnectionClosed: 'back-off',
  ClosedByServer: 'do-not-reconnect',
  TlsCertificate: 'fix-request',
  TlsHandshake: 'fix-request',
  NetworkError: 'back-off',
} as const;
/** Node.js error codes (`err.code`) → kind, sorted. Look it up with `Object.hasOwn`: it is a plain object. */
export const NETWORK_CODE_KIND: Readonly<Record<string, NetworkErrorKind>> = {
  CERT_HAS_EXPIRED: 'TlsCertificate',
  CERT_NOT_YET_VALID: 'TlsCertificate',
  CERT_REJECTED: 'TlsCertificate',
  CERT_REVOKED: 'TlsCertificate',
  CERT_SIGNATURE_FAILURE: 'TlsCertificate',
  CERT_UNTRUSTED: 'TlsCertificate',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TlsCertificate',
  EADDRNOTAVAIL: 'NetworkUnreachable',
  EAI_AGAIN: 'HostNotFound',
  ECONNREFUSED: 'ConnectionRefused',
  ECONNRESET: 'ConnectionReset',
  EHOSTDOWN: 'NetworkUnreachable',
  EHOSTUNREACH: 'NetworkUnreachable',
  ENETDOWN: 'NetworkUnreachable',
  ENETUNREACH: 'NetworkUnreachable',
  ENOTFOUND: 'HostNotFound',
  EPIPE: 'BrokenPipe',
  EPROTO: 'TlsHandshake',
  ERR_SSL_WRONG_VERSION_NUMBER: 'TlsHandshake',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TlsCertificate',
  ERR_TLS_HANDSHAKE_TIMEOUT: 'TlsHandshake',
  ETIMEDOUT: 'TimedOut',
  SELF_SIGNED_CERT_IN_CHAIN: 'TlsCertificate',
  UNABLE_TO_GET_ISSUER_CERT: 'TlsCertificate',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TlsCertificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TlsCertificate',
};
