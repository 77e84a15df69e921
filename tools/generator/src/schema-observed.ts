import { z } from 'zod';

/** Schemas of spec/observed/<broker>.yaml and of the `observed:` block of spec/messages/<locale>.yaml. */

const text = z.string().trim().min(1, { error: 'must not be empty' });
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case, such as "wrong-password"' });
const byte = z.int({ error: 'must be a whole number' }).min(0).max(255);

/** What the broker did: a packet with its code, or one of three words. */
export const OUTCOME_WORDS = ['closes', 'accepts', 'not-applicable'] as const;
export type OutcomeWord = (typeof OUTCOME_WORDS)[number];
const outcome = z.union([
  z.enum(OUTCOME_WORDS, { error: 'must be closes, accepts, not-applicable or { packet: CONNACK, code: 0x87 }' }),
  z.strictObject({ packet: z.string().regex(/^[A-Z]+$/, { error: 'must be an upper-case packet name such as "CONNACK"' }), code: byte }),
]);
export type ObservedOutcome = z.infer<typeof outcome>;

export const observedFileSchema = z.strictObject({
  broker: kebab,
  name: text,
  versions: z.strictObject({ v5: text, v311: text }),
  testedWith: text,
  test: z.string().regex(/^[\w./-]+\.test\.ts$/, { error: 'must be the path of the test file that asserts these entries, such as "packages/mqttjs/test/observed-mosquitto.test.ts"' }),
  scenarios: z
    .array(z.strictObject({ scenario: kebab, variant: kebab.optional(), setup: text, v5: outcome, v311: outcome, note: text.optional() }))
    .min(1),
});
export type ObservedFile = z.infer<typeof observedFileSchema>;

/** Placeholders the `testedWith` text of a locale may use. */
export const OBSERVED_PLACEHOLDERS = ['testedWith', 'test'] as const;

export const observedTextsSchema = z.strictObject({
  heading: text,
  intro: text,
  testedWith: text,
  columns: z.strictObject({ scenario: text, v5: text, v311: text, setup: text }),
  closes: text,
  accepts: text,
  notApplicable: text,
  note: text,
  /** The heading, on a code's page of the site, of the brokers' entries that answer with that code. */
  onCodePage: text,
  scenarios: z.record(kebab, text),
  /**
   * Another locale than English: each entry's setup and note in this language, keyed
   * `<broker>/<scenario>` or `<broker>/<scenario>/<variant>` — all of them, or none (then the page
   * shows the English of the observed files).
   */
  entries: z.record(z.string(), z.strictObject({ setup: text, note: text.optional() })).optional(),
});
export type ObservedTexts = z.infer<typeof observedTextsSchema>;
