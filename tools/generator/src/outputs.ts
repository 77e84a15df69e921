import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import { byCodeUnits } from './order.js';

/**
 * The manifest: every file the last generate wrote, one path a line. It is itself an output
 * (committed, checked by `--check`), made from the render result, so an emitter added later is
 * listed with no edit here. A file is deleted as stale only if the manifest on disk lists it, or if
 * it sits in a `src/generated/` folder (which holds generated code only); hand-written files
 * anywhere else, docs/ included, are never touched.
 */
export const MANIFEST = 'generated-files.txt';
/** Files being written are staged here, then renamed into place; see commitOutputs. */
export const STAGING_DIR = '.generate-staging';
/** Held (created exclusively) while one generate writes; holds that process's id. */
export const LOCK_FILE = '.generate.lock';
const JOURNAL = 'COMMIT';
/** Temporary files the generator wrote before staging existed: `<output>.<pid>.tmp`. */
const LEGACY_TMP = /\.\d+\.tmp$/;

export function manifestText(files: Iterable<string>, sources: readonly string[]): string {
  const list = [...files].filter((f) => f !== MANIFEST).sort(byCodeUnits);
  return [
    `# @generated from ${[...sources].sort(byCodeUnits).join(', ')} by tools/generator — DO NOT EDIT.`,
    '# Every file `npm run generate` writes, one a line. It deletes only files listed here (or found',
    '# in a src/generated/ folder) that it no longer produces; other files are never touched.',
    ...list,
    '',
  ].join('\n');
}

export function readManifest(root: string): string[] {
  try {
    return readFileSync(join(root, MANIFEST), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
  } catch {
    return [];
  }
}

export interface OutputPlan {
  /** Files whose content on disk differs from what the spec produces (or that are missing). */
  readonly changed: string[];
  /** Generated files that the spec no longer produces. */
  readonly stale: string[];
  /** Staging files or temporary files an interrupted generate left behind. */
  readonly leftovers: string[];
}

export function planOutputs(root: string, outputs: ReadonlyMap<string, string>): OutputPlan {
  const changed: string[] = [];
  for (const [file, content] of outputs) {
    let onDisk: string | undefined;
    try {
      onDisk = readFileSync(join(root, file), 'utf8');
    } catch {
      onDisk = undefined; // missing, or not a file: commitOutputs names the problem
    }
    if (onDisk !== content) changed.push(file);
  }
  const candidates = new Set(readManifest(root));
  const generatedDirs = new Set<string>();
  for (const file of outputs.keys()) {
    const m = /^(.*\/src\/generated)\//.exec(file);
    if (m) generatedDirs.add(m[1]!);
  }
  for (const dir of generatedDirs) for (const f of listFiles(root, dir)) candidates.add(f);
  const stale = [...candidates].filter((f) => !outputs.has(f) && !LEGACY_TMP.test(f) && isFile(join(root, f)));

  const leftovers: string[] = [];
  if (existsSync(join(root, STAGING_DIR)) && !lockHolder(root)) leftovers.push(`${STAGING_DIR}/`);
  const dirs = new Set([...outputs.keys(), ...candidates].map((f) => dirname(f)));
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const name of names) {
      const rel = dir === '.' ? name : `${dir}/${name}`;
      if (LEGACY_TMP.test(name) && outputs.has(rel.replace(LEGACY_TMP, ''))) leftovers.push(rel);
    }
  }
  return { changed: changed.sort(byCodeUnits), stale: stale.sort(byCodeUnits), leftovers: leftovers.sort(byCodeUnits) };
}

export type CommitResult = { ok: true } | { ok: false; diagnostics: Diagnostic[]; untouched: boolean };

/**
 * Writes the plan as close to all-or-nothing as a file system allows:
 * 1. take the lock (another run in this checkout gets a clear message);
 * 2. finish or discard what an interrupted run left in the staging folder;
 * 3. check every target and write every changed file into the staging folder: any failure here
 *    (a parent that is a file, a target that is a folder, no permission, a full disk) is reported
 *    naming the file, and nothing outside the staging folder has changed;
 * 4. write the journal (the list of renames and deletions) and only then rename the staged files
 *    into place and delete the stale ones. A run killed during step 4 leaves the journal, and the
 *    next run completes it before doing anything else; `--check` reports it meanwhile.
 */
export function commitOutputs(root: string, outputs: ReadonlyMap<string, string>, plan: OutputPlan): CommitResult {
  const lock = acquireLock(root);
  if (!lock.ok) return { ok: false, diagnostics: [lock.diagnostic], untouched: true };
  try {
    recover(root);
    for (const f of plan.leftovers) if (f !== `${STAGING_DIR}/`) rmSync(join(root, f), { force: true });
    const staging = join(root, STAGING_DIR);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const renames: [string, string][] = [];
    const problems: Diagnostic[] = [];
    plan.changed.forEach((file, i) => {
      const problem = stageOne(root, file, outputs.get(file)!, join(staging, String(i)));
      if (problem) problems.push({ file, line: 1, col: 1, message: problem });
      else renames.push([String(i), file]);
    });
    if (problems.length) {
      rmSync(staging, { recursive: true, force: true });
      return { ok: false, diagnostics: problems, untouched: true };
    }
    const journal = join(staging, JOURNAL);
    writeDurably(`${journal}.tmp`, JSON.stringify({ renames, deletes: plan.stale }));
    renameSync(`${journal}.tmp`, journal);
    const failed = applyJournal(root);
    if (failed) return { ok: false, diagnostics: [failed], untouched: false };
    return { ok: true };
  } finally {
    lock.release();
  }
}

/** Prepares one file: its folder exists, it is not a folder itself, and its new bytes are staged. */
function stageOne(root: string, file: string, content: string, staged: string): string | undefined {
  const abs = join(root, file);
  try {
    mkdirSync(dirname(abs), { recursive: true });
  } catch (e) {
    return `The folder for this generated file cannot be created (${describeError(e)}); make ${dirname(file)} a writable folder.`;
  }
  try {
    const st = lstatSync(abs);
    if (st.isDirectory()) return 'This generated file\'s path is a folder; move the folder away so the file can be written.';
  } catch {
    // does not exist yet: fine
  }
  try {
    // Probe that the folder takes a new entry (the rename needs that), without touching the file.
    const probe = join(dirname(abs), `.generate-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
    writeFileSync(staged, content);
  } catch (e) {
    return `This generated file cannot be written (${describeError(e)}); check the permissions of ${dirname(file)}.`;
  }
  return undefined;
}

/** Completes the journal in the staging folder, if there is one; returns a problem if a step fails. */
function applyJournal(root: string): Diagnostic | undefined {
  const staging = join(root, STAGING_DIR);
  const { renames, deletes } = JSON.parse(readFileSync(join(staging, JOURNAL), 'utf8')) as { renames: [string, string][]; deletes: string[] };
  for (const [from, to] of renames) {
    const src = join(staging, from);
    if (!existsSync(src)) continue; // moved by an earlier, interrupted run
    try {
      renameSync(src, join(root, to));
    } catch (e) {
      return { file: to, line: 1, col: 1, message: `This generated file could not be put in place (${describeError(e)}); fix that and run generate again, which completes the rest.` };
    }
  }
  for (const file of deletes) rmSync(join(root, file), { force: true });
  rmSync(staging, { recursive: true, force: true });
  return undefined;
}

/** What an interrupted run left: a journal is completed (all new files), anything else discarded (all old). */
function recover(root: string): void {
  const staging = join(root, STAGING_DIR);
  if (!existsSync(staging)) return;
  if (existsSync(join(staging, JOURNAL))) {
    const failed = applyJournal(root);
    if (failed) throw new Error(failed.message);
  } else rmSync(staging, { recursive: true, force: true });
}

function acquireLock(root: string): { ok: true; release: () => void } | { ok: false; diagnostic: Diagnostic } {
  const path = join(root, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return { ok: true, release: () => rmSync(path, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        return { ok: false, diagnostic: { file: LOCK_FILE, line: 1, col: 1, message: `The lock file cannot be created (${describeError(e)}); make the repository root writable.` } };
      }
      const holder = lockHolder(root);
      if (holder) {
        return {
          ok: false,
          diagnostic: { file: LOCK_FILE, line: 1, col: 1, message: `Another generate (process ${holder}) is writing this checkout's files; wait for it to finish, then run generate again.` },
        };
      }
      rmSync(path, { force: true }); // its process is gone: a stale lock
    }
  }
  return { ok: false, diagnostic: { file: LOCK_FILE, line: 1, col: 1, message: 'The lock keeps being taken by other runs; run generate again.' } };
}

/** The id of a live process holding the lock, if any. */
function lockHolder(root: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(join(root, LOCK_FILE), 'utf8'), 10);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}${err.path ? ` at ${err.path}` : ''}` : String(err.message ?? e);
}

function isFile(abs: string): boolean {
  try {
    return lstatSync(abs).isFile();
  } catch {
    return false;
  }
}

function listFiles(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listFiles(root, rel));
    else files.push(rel);
  }
  return files;
}
