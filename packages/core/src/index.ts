export * from './generated/actions.js';
export * from './generated/packet-type.js';
export * from './generated/reason-codes.js';
export { actionOf, describe, fromV311, isError, isRetryable, isSuccess, isValidReasonCode, reasonCodes, toV311, type CodeOf } from './lookup.js';
export { codeNameKey, parseReasonCode } from './parse.js';
export type { ProtocolVersion, ReasonCodeInfo, Sender } from './types.js';
export { TABLE_FINGERPRINT } from './generated/fingerprint.js';
