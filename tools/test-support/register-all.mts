// Vitest setup of the packages that show texts (errors, mqttjs): every test file starts with
// every shipped catalog registered, English first, as a Node app does with
// `registerCatalogs(...allCatalogs)`. Registration is shared by every copy of the errors package
// in the process (a registered symbol on globalThis), so registering through the built package
// also serves tests that import its sources. Tests about registration change it themselves.
import { registerCatalogs } from '@org/mqtt-codes-errors';
import { allCatalogs } from '@org/mqtt-codes-i18n/all';

registerCatalogs(...allCatalogs);
