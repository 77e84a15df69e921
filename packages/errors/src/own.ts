/** Reading untrusted objects (options, packets, catalogs, causes) through their own properties only. */

export const hasOwn = (o: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** An own property of `o` (a getter is called once), or undefined when absent, inherited or throwing; never throws. */
export function ownData(o: unknown, key: string): unknown {
  if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return undefined;
  try {
    return hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}
