/** Every locale tag in spec/messages, English first, then in code-unit order (as SUPPORTED_LOCALES). */
export function specLocales(): string[];
/** Language tags no catalog will ever have (ISO 639-2 local-use codes). */
export const ABSENT: readonly [string, string];
