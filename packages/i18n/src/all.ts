import type { Catalog, CatalogHints, NetworkCatalog } from './catalog.js';
import { CATALOGS, HINTS, NETWORK_CATALOGS } from './generated/catalogs.js';

/**
 * Every shipped locale's catalog, English first, then every locale's hints and network texts: for
 * a Node app (or a CLI) that shows every language, `registerCatalogs(...allCatalogs)` in one line.
 * Browser apps import the locales they ship instead (`@org/mqtt-codes-i18n/ja`).
 */
export const allCatalogs: readonly (Catalog | CatalogHints | NetworkCatalog)[] = /* @__PURE__ */ Object.freeze([
  ...Object.values(CATALOGS),
  ...Object.values(HINTS),
  ...Object.values(NETWORK_CATALOGS),
]);
