// @generated from spec/mqtt-5.0.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
/** What to do after a code: every (version, packet, code) row has one (`describe(...).action`, `actionOf`). The rule is `actionRule` in spec/mqtt-5.0.yaml; `retryable` is true exactly for reconnect, back-off and redirect. */
export const ReasonAction = /* @__PURE__ */ Object.freeze({
  /** 'none': the action of 25 rows. */
  None: 'none',
  /** 'reconnect': the action of 2 rows. */
  Reconnect: 'reconnect',
  /** 'back-off': the action of 15 rows. */
  BackOff: 'back-off',
  /** 'redirect': the action of 4 rows. */
  Redirect: 'redirect',
  /** 'renew-credentials': the action of 3 rows. */
  RenewCredentials: 'renew-credentials',
  /** 'ask-permission': the action of 8 rows. */
  AskPermission: 'ask-permission',
  /** 'fix-request': the action of 41 rows. */
  FixRequest: 'fix-request',
  /** 'do-not-reconnect': the action of 2 rows. */
  DoNotReconnect: 'do-not-reconnect',
  /** 'investigate': the action of 15 rows. */
  Investigate: 'investigate',
} as const);
/** A value of {@link ReasonAction}. */
export type ReasonAction = (typeof ReasonAction)[keyof typeof ReasonAction];
/** Every action, in a fixed order (the order of the spec's rule). The row table stores an action as its index here. */
export const REASON_ACTIONS: readonly ReasonAction[] = /* @__PURE__ */ Object.freeze(['none', 'reconnect', 'back-off', 'redirect', 'renew-credentials', 'ask-permission', 'fix-request', 'do-not-reconnect', 'investigate'] as const);
/** The actions after which the same operation may succeed: `retryable` is true exactly for these. */
export const RETRYABLE_ACTIONS: readonly ReasonAction[] = /* @__PURE__ */ Object.freeze(['reconnect', 'back-off', 'redirect'] as const);
