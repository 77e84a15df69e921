/**
 * Orders strings by UTF-16 code units, the same on every machine whatever its locale (unlike
 * `localeCompare`, whose order follows LC_ALL/LANG: `ch` sorts after `hi` in Czech, for example).
 * Every sort that reaches generated output or diagnostics uses this.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
