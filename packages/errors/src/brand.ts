/**
 * The brand every error of this package carries (through its prototype): the `reason` of its
 * class. A registered symbol, so errors made by another copy of this package (its CommonJS
 * build, or another version) are recognized too. Kept apart from the classes so the guards
 * bundle without them.
 */
export const BRAND: unique symbol = /* @__PURE__ */ Symbol.for('@org/mqtt-codes-errors.MqttReasonCodeError');

/**
 * The brand of `value`, or `undefined` when it is not an error of this package. An error of any
 * copy has its brand from a getter on its prototype chain and is an `Error` (its
 * `Object.prototype.toString` tag is `Error`); an object that merely carries the symbol as an own
 * property, or is not an error, has none. Never throws.
 */
export function brandOf(value: unknown): string | undefined {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    if (Object.prototype.toString.call(value) !== '[object Error]') return undefined;
    for (let o: object | null = Object.getPrototypeOf(value); o !== null; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, BRAND);
      if (d === undefined) continue;
      if (typeof d.get !== 'function') return undefined;
      const brand: unknown = d.get.call(value);
      return typeof brand === 'string' ? brand : undefined;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
