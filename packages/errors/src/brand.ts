/**
 * The brand every error of this package carries (through its prototype): the `reason` of its
 * class. A registered symbol, so errors made by another copy of this package (its CommonJS
 * build, or another version) are recognized too. Kept apart from the classes so the guards
 * bundle without them.
 */
export const BRAND: unique symbol = /* @__PURE__ */ Symbol.for('@org/mqtt-codes-errors.MqttReasonCodeError');
/** Marks the base class itself (an own static property): `instanceof` it accepts every branded error. */
export const BASE: unique symbol = /* @__PURE__ */ Symbol.for('@org/mqtt-codes-errors.MqttReasonCodeError.base');

/** The brand of `value`, or `undefined` when it is not an error of this package. Never throws. */
export function brandOf(value: unknown): string | undefined {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    const brand = (value as { [BRAND]?: unknown })[BRAND];
    return typeof brand === 'string' ? brand : undefined;
  } catch {
    return undefined;
  }
}
