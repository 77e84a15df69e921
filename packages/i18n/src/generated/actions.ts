// @generated from spec/mqtt-5.0.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
/** An action of a row (the `ReasonAction` values of `@org/mqtt-codes-core`): every catalog has a label and a description for each. */
export type ActionName = 'none' | 'reconnect' | 'back-off' | 'redirect' | 'renew-credentials' | 'ask-permission' | 'fix-request' | 'do-not-reconnect' | 'investigate';
/** Every action name, in the order of the spec's rule. */
export const ACTION_NAMES: readonly ActionName[] = /* @__PURE__ */ Object.freeze(['none', 'reconnect', 'back-off', 'redirect', 'renew-credentials', 'ask-permission', 'fix-request', 'do-not-reconnect', 'investigate'] as const);
