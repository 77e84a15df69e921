/**
 * Real aedes brokers for the tests, in this process, on 127.0.0.1 and a free port: aedes 1.2.0
 * (`aedes`, MQTT 3.1.1 and 3.1) and aedes 2.0.0-beta.1 (`aedes-2`, adds MQTT 5.0), both pinned
 * in this package's devDependencies.
 */
import net from 'node:net';
import { Aedes as Aedes1 } from 'aedes';
import { Aedes as Aedes2 } from 'aedes-2';

export type AedesLine = 1 | 2;
export const AEDES_VERSIONS: Readonly<Record<AedesLine, string>> = { 1: '1.2.0', 2: '2.0.0-beta.1' };

export interface RunningAedes {
  readonly broker: any;
  readonly port: number;
  readonly url: string;
  /** Errors aedes reported about clients ('clientError' and 'connectionError'). */
  readonly clientErrors: Error[];
  /** Closes the broker (DISCONNECT 0x8B to 5.0 clients on aedes 2) and the listener; idempotent. */
  stop(): Promise<void>;
}

export async function startAedes(line: AedesLine, options: Record<string, unknown> = {}): Promise<RunningAedes> {
  const Aedes = (line === 1 ? Aedes1 : Aedes2) as any;
  const broker = await Aedes.createBroker(options);
  if (broker.version !== AEDES_VERSIONS[line]) throw new Error(`expected aedes ${AEDES_VERSIONS[line]}, loaded ${broker.version}`);
  const clientErrors: Error[] = [];
  broker.on('clientError', (_c: unknown, e: Error) => clientErrors.push(e));
  broker.on('connectionError', (_c: unknown, e: Error) => clientErrors.push(e));
  const server = net.createServer(broker.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  let stopping: Promise<void> | undefined;
  return {
    broker,
    port,
    url: `mqtt://127.0.0.1:${port}`,
    clientErrors,
    stop: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => broker.close(() => resolve()));
        await new Promise<void>((resolve) => server.close(() => resolve()));
      })()),
  };
}
