// Every test file starts with every shipped catalog registered, English first, as a Node app
// does with `registerCatalogs(...allCatalogs)`; tests about registration change it themselves.
import { allCatalogs } from '@org/mqtt-codes-i18n/all';
import { registerCatalogs } from '../../src/index.js';

registerCatalogs(...allCatalogs);
