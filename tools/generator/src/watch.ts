import { watch as watchDir, type FSWatcher as NodeWatcher, statSync } from 'node:fs';
import { join } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { specKey } from './render-cache.js';

/** How long after the last event a run starts: saves come as bursts of events. */
const SETTLE_MS = 60;

/**
 * `generate --watch`. chokidar (4.0.3) watches spec/: it watches every directory and re-attaches
 * to a file replaced by rename, so in-place writes, editors' safe writes (write a temporary file,
 * rename it over) and delete-and-recreate are all seen, which Node's recursive `fs.watch` on
 * Linux does not do. The root itself is watched (not recursively) for the name `spec`, so a
 * spec/ that is removed, created or swapped for another directory restarts the spec watcher.
 *
 * Every event schedules one run; events during a run schedule another after it. The process keeps
 * running on spec errors and exits non-zero only when it cannot go on (the root is gone, or a
 * watcher fails, e.g. the system's limit on watches is reached).
 */
export function watchSpec(root: string, runOnce: () => Promise<number>): void {
  let specWatcher: FSWatcher | undefined;
  let rootWatcher: NodeWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopping = false;
  let running: Promise<unknown> | undefined;
  let again = false;
  let announced = false;
  /** Says it is watching once the watcher is attached and the first run has reported. */
  const announce = () => {
    void Promise.resolve(running).finally(() => {
      if (announced) return;
      announced = true;
      process.stdout.write('generate --watch: watching spec/ (Ctrl-C to stop)\n');
    });
  };

  const stop = (code: number, why?: string) => {
    if (stopping) return;
    stopping = true;
    if (why) process.stderr.write(`generate --watch: ${why}\n`);
    clearTimeout(timer);
    rootWatcher?.close();
    void specWatcher?.close().finally(() => process.exit(code));
    if (!specWatcher) process.exit(code);
  };

  /** The bytes of spec/ at the last run: an event that changed nothing (a second event of one save, a re-attached watcher) runs nothing. */
  let lastSpec: string | undefined;
  const fire = () => {
    if (stopping) return;
    if (running) {
      again = true; // one more run once this one ends, which sees this change
      return;
    }
    const now = specKey(root, 'watch');
    if (now !== undefined && now === lastSpec) return;
    lastSpec = now;
    process.stdout.write(`\n[${new Date().toISOString().slice(11, 19)}] spec/ changed\n`);
    running = runOnce().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        fire();
      }
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, SETTLE_MS);
  };

  const specDir = join(root, 'spec');
  /** The spec/ folder being watched (inode and birth time: inodes are reused), or undefined for none. */
  let watched: string | undefined;
  const specIdentity = (): string | undefined => {
    try {
      const st = statSync(specDir);
      return st.isDirectory() ? `${st.ino}:${st.birthtimeMs}` : undefined;
    } catch {
      return undefined;
    }
  };
  const watchSpecDir = () => {
    void specWatcher?.close();
    specWatcher = undefined;
    watched = specIdentity();
    if (watched === undefined) {
      process.stdout.write('generate --watch: there is no spec/ directory; waiting for one to appear.\n');
      announce();
      return;
    }
    const w = watch(specDir, { ignoreInitial: true, persistent: true, atomic: false, followSymlinks: true });
    w.on('all', schedule);
    w.once('ready', () => {
      announce();
      schedule(); // covers a save made while the watcher was attaching
    });
    w.on('error', (e) => stop(1, `cannot watch spec/ any more: ${(e as Error).message}`));
    specWatcher = w;
  };

  try {
    rootWatcher = watchDir(root, (_event, name) => {
      // spec/ removed, created or swapped for another folder: watch the one there now.
      if ((name === null || name === 'spec') && specIdentity() !== watched) {
        watchSpecDir();
        schedule();
      }
    });
    rootWatcher.on('error', (e) => stop(1, `cannot watch ${root} any more: ${e.message}`));
  } catch (e) {
    process.stderr.write(`generate --watch: cannot watch ${root}: ${(e as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  watchSpecDir();
  fire();
  const gone = setInterval(() => {
    try {
      statSync(root);
    } catch {
      stop(1, `the repository root ${root} is gone; stopping.`);
    }
  }, 1000);
  gone.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop(0));
}
