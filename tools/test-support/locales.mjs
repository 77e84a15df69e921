// The locales spec/messages holds, for tests that must hold for any set of locales: adding
// spec/messages/<tag>.yaml (as the i18n README says) must not break a test.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../spec/messages/', import.meta.url));

/** Every locale tag in spec/messages, English first, then in code-unit order (as SUPPORTED_LOCALES). */
export function specLocales() {
  const tags = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('.'))
    .map((f) => f.slice(0, -'.yaml'.length));
  return tags.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Language tags no catalog will ever have: ISO 639-2 reserves qaa–qtz for local use. Tests of
 * "an unsupported locale falls back" use these, not real languages someone may add.
 */
export const ABSENT = ['qaa', 'qab'];
for (const tag of ABSENT) if (specLocales().includes(tag)) throw new Error(`spec/messages/${tag}.yaml exists; pick other absent tags in tools/test-support/locales.mjs`);
