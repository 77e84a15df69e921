import { isMqttReasonCodeError } from '@org/mqtt-codes-errors';
import { aedesMajorOf, assertRefusal, toAedesConnectError, toAedesPublishError, type AedesMajor } from './refusal.js';

/**
 * The part of an aedes `Client` the hooks read: its broker's version. Structural, so this package
 * needs no import of aedes and works with aedes 1.x and 2.x alike.
 */
export interface AedesClientLike {
  readonly broker?: { readonly version?: string } | undefined;
}

/** `authenticate`'s callback: an error to refuse, or `(null, true)` to accept. */
export type AuthenticateCallback = (error: Error | null | undefined, success?: boolean | null) => void;
/** `authorizePublish`'s callback: an error to refuse, or `(null)` to accept. */
export type AuthorizePublishCallback = (error?: Error | null) => void;
/** `authorizeSubscribe`'s callback: an error to refuse, or `(null, subscription)` to accept (`(null, null)` refuses too). */
export type AuthorizeSubscribeCallback<S> = (error: Error | null | undefined, subscription?: S | null) => void;

export type AuthenticateHook<C extends AedesClientLike, U = string | undefined, P = Uint8Array | undefined> = (
  client: C,
  username: U,
  password: P,
  callback: AuthenticateCallback,
) => void;
export type AuthorizePublishHook<C extends AedesClientLike, Pk> = (client: C, packet: Pk, callback: AuthorizePublishCallback) => void;
export type AuthorizeSubscribeHook<C extends AedesClientLike, S> = (client: C, subscription: S, callback: AuthorizeSubscribeCallback<S>) => void;

function majorOf(client: AedesClientLike | null | undefined): AedesMajor {
  try {
    return aedesMajorOf(client?.broker?.version);
  } catch {
    return 2;
  }
}

/**
 * Wraps an aedes `authenticate` hook so that it may refuse with our typed CONNACK errors:
 * `callback(new BadUserNameOrPasswordError('CONNACK'))` reaches an MQTT 5.0 client as CONNACK 0x86
 * and a 3.1.1 client as return code 4; `createError('CONNACK', 0x9D, { serverReference })`
 * redirects a 5.0 client (aedes 2). A code aedes cannot send throws a `TypeError` from that
 * `callback(...)` call, naming the closest code it can send. Any other error is passed on as it is.
 */
export function authenticateWith<C extends AedesClientLike, U, P>(hook: AuthenticateHook<C, U, P>): AuthenticateHook<C, U, P> {
  return function authenticate(client, username, password, callback) {
    hook(client, username, password, (error, success) => {
      if (isMqttReasonCodeError(error)) return callback(toAedesConnectError(error, majorOf(client)), false);
      return callback(error, success);
    });
  };
}

/**
 * Wraps an aedes `authorizePublish` hook: `callback(new NotAuthorizedError('PUBACK', undefined,
 * { reasonString: 'read-only topic' }))` reaches an MQTT 5.0 client as PUBACK (QoS 1) or PUBREC
 * (QoS 2) 0x87 with that Reason String (aedes 2); aedes closes a 3.1.1 client's connection, which
 * has no code for it. Any other code throws a `TypeError` from the `callback(...)` call.
 */
export function authorizePublishWith<C extends AedesClientLike, Pk>(hook: AuthorizePublishHook<C, Pk>): AuthorizePublishHook<C, Pk> {
  return function authorizePublish(client, packet, callback) {
    hook(client, packet, (error) => {
      if (isMqttReasonCodeError(error)) return callback(toAedesPublishError(error, majorOf(client)));
      return callback(error);
    });
  };
}

/**
 * Wraps an aedes `authorizeSubscribe` hook: `callback(new NotAuthorizedError('SUBACK'))` refuses
 * that one filter — SUBACK 0x87 for an MQTT 5.0 client (aedes 2), 0x80 Failure for 3.1.1 — and
 * keeps the connection (aedes closes it when its own hook calls back with an error). Any other
 * code throws a `TypeError` from the `callback(...)` call.
 */
export function authorizeSubscribeWith<C extends AedesClientLike, S>(hook: AuthorizeSubscribeHook<C, S>): AuthorizeSubscribeHook<C, S> {
  return function authorizeSubscribe(client, subscription, callback) {
    hook(client, subscription, (error, granted) => {
      if (isMqttReasonCodeError(error)) {
        assertRefusal('authorizeSubscribe', error, majorOf(client));
        return callback(null, null);
      }
      return callback(error, granted);
    });
  };
}
