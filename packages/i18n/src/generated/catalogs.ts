// @generated from spec/messages/en.yaml, spec/messages/ja.yaml, spec/messages/zh-Hans.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
import { en, enHints, enNetwork } from './locales/en.js';
import { ja, jaHints, jaNetwork } from './locales/ja.js';
import { zhHans, zhHansHints, zhHansNetwork } from './locales/zh-Hans.js';
/** The locales spec/messages/ provides, English first. */
export const SUPPORTED_LOCALES = /* @__PURE__ */ Object.freeze(['en', 'ja', 'zh-Hans'] as const);
/** One of {@link SUPPORTED_LOCALES}. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
/** Every catalog by locale tag. */
export const CATALOGS = {
  en: en,
  ja: ja,
  'zh-Hans': zhHans,
} as const;
/** Every locale's hints by locale tag. */
export const HINTS = {
  en: enHints,
  ja: jaHints,
  'zh-Hans': zhHansHints,
} as const;
/** The texts of the network failures, by locale tag. */
export const NETWORK_CATALOGS = {
  en: enNetwork,
  ja: jaNetwork,
  'zh-Hans': zhHansNetwork,
} as const;

/** Values for the placeholders of messages. A missing or empty value is replaced by the locale's fallback wording. */
export interface MessageParams {
  /** Used by CONNACK 0x9C, CONNACK 0x9D, DISCONNECT 0x9C, DISCONNECT 0x9D. */
  readonly serverReference?: string | undefined;
  /** The Reason String property of the packet; appended to the message of any row. */
  readonly reasonString?: string | undefined;
}

/** Placeholders the templates may use. */
export const TEMPLATE_PLACEHOLDERS = ['reasonString', 'packet', 'hex', 'code', 'version', 'reference'] as const;
