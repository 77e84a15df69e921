// @generated from spec/mqtt-5.0.yaml, spec/mqtt-3.1.1.yaml, spec/mqtt-3.1.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
/** A hash of the table of codes this package was generated from (every row's version, packet, value, identifier, error flag, action and senders). @org/mqtt-codes-i18n exports the same constant: when the two differ, they come from different releases of the table, and a code one of them knows may be unknown to the other. Upgrade both together (they are released together, with one version number). */
export const TABLE_FINGERPRINT: string = 'ff7155e285435194';
