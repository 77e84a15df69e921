import type { NetworkCatalog } from './catalog.js';
import { escapeText } from './format.js';
import { own } from './own.js';

/** Values for the placeholders of the network failure texts. */
export interface NetworkParams {
  /** `host:port` the client tried to reach. */
  readonly address?: string | undefined;
  /** The error code Node.js reported (`ECONNREFUSED`, `CERT_HAS_EXPIRED`, …). */
  readonly code?: string | undefined;
}

/** `title`, `message` and `hint` of a network failure in one locale. */
export interface NetworkTexts {
  /** The catalog's locale. */
  readonly locale: string;
  readonly title: string;
  readonly message: string;
  readonly hint: string;
}

const shown = (v: unknown): string => (typeof v === 'string' && v !== '' ? escapeText(v) : '?');

/**
 * The texts of network failure `kind` (such as `ConnectionRefused`) from one network catalog
 * (`jaNetwork` from `@org/mqtt-codes-i18n/ja`), with `{address}` and `{code}` filled in (escaped
 * and capped; `?` when missing). `undefined` when the catalog has no such kind or is not a
 * network catalog. Reads own properties only; never throws.
 */
export function networkTexts(catalog: NetworkCatalog | undefined, kind: string, params?: NetworkParams): NetworkTexts | undefined {
  try {
    if (typeof kind !== 'string') return undefined;
    const locale = own(catalog, 'locale');
    const entry = own(own(catalog, 'kinds'), kind);
    if (typeof locale !== 'string' || !Array.isArray(entry)) return undefined;
    const [title, message, hint] = [own(entry, '0'), own(entry, '1'), own(entry, '2')];
    if (typeof title !== 'string' || typeof message !== 'string' || typeof hint !== 'string') return undefined;
    const values = { address: shown(own(params, 'address')), code: shown(own(params, 'code')) };
    const fillIn = (text: string) => text.replace(/\{(address|code)\}/g, (_, name: 'address' | 'code') => values[name]);
    return { locale, title: fillIn(title), message: fillIn(message), hint: fillIn(hint) };
  } catch {
    return undefined;
  }
}
