import type { Catalog, CatalogHints } from './catalog.js';
import { CATALOGS, HINTS } from './generated/catalogs.js';

/**
 * Every shipped locale's catalog, English first, then every locale's hints: for a Node app
 * (or a CLI) that shows every language, `registerCatalogs(...allCatalogs)` in one line.
 * Browser apps import the locales they ship instead (`@org/mqtt-codes-i18n/ja`).
 */
export const allCatalogs: readonly (Catalog | CatalogHints)[] = /* @__PURE__ */ Object.freeze([...Object.values(CATALOGS), ...Object.values(HINTS)]);
