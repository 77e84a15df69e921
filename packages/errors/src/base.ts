import type { PacketName, ProtocolVersion } from '@org/mqtt-codes-core';
import { finishError, prepareError, ReasonCodeErrorBase, type MqttReasonCodeErrorOptions } from './error.js';
import { rowOf, type RowInfo } from './rows.js';
import { allRows } from './generated/rows.js';

/** The row of (packet, code, version) in any table, for a code given to the base class directly. */
function anyRow(packet: string, code: number, version: ProtocolVersion): RowInfo | undefined {
  for (const rows of allRows) {
    const info = rowOf(rows, packet, code, version);
    if (info !== undefined) return info;
  }
  return undefined;
}

/**
 * An MQTT failure: a reason code (MQTT 5.0) or return code (3.1.1, 3.1) that reports an error,
 * with the packet it came in, a localized `message` and `title`, and the packet's properties.
 *
 * Every error row of the standard has a class (`NotAuthorizedError`, `ServerMovedError`, …);
 * this class itself stands for codes the standard does not define (`reason` is `Unknown`).
 * 3.1.1 and 3.1 codes raise the class of their 5.0 equivalent but keep their own `code` and
 * `version`. `instanceof` works across copies of this package (ESM and CommonJS, or two versions).
 */
export class MqttReasonCodeError extends ReasonCodeErrorBase {
  /** The MQTT 5.0 identifier a class stands for; `Unknown` here. Read-only: assigning to it throws a `TypeError`. */
  static get reason(): string {
    return 'Unknown';
  }

  /**
   * Prefer `createError` or `fromPacket` (or `fromMqttError` in `@org/mqtt-codes-mqttjs`), which pick the right class. Calling a
   * class directly is fine too: `code` then defaults to the class's 5.0 code.
   */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, anyRow);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }
}
