// @generated from spec/messages/en.yaml, spec/messages/ja.yaml, spec/messages/zh-Hans.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
import type { SiteLocale } from '../types.js';
import { LOCALE as en } from './locale-en.js';
import { LOCALE as ja } from './locale-ja.js';
import { LOCALE as zhHans } from './locale-zh-Hans.js';

/** Every locale of spec/messages/, English first. */
export const LOCALES: readonly SiteLocale[] = [en, ja, zhHans];
