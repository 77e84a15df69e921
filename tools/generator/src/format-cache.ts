import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ts } from 'ts-morph';

/**
 * A cache of formatted TypeScript, keyed by the unformatted text printed from a file's structures
 * (and the TypeScript version that formats it). Formatting is a pure function of that text, so a
 * hit is exactly what `formatText` would give; it is most of the cost of rendering a file, and
 * after a one-line spec edit most files print the same unformatted text as before. Off when no
 * directory was given (tests, the library API) and when MQTT_CODES_GENERATOR_RENDER_CACHE=off.
 */
const FILE = 'format-cache.json';
/** Entries kept: this render's files (about 20 today), then the newest older ones, up to this many or twice this render's. */
const MAX_ENTRIES = 48;

let dir: string | undefined;
let entries = new Map<string, string>();
const used = new Set<string>();

export function useFormatCache(cacheDir: string | undefined): void {
  dir = cacheDir;
  entries = new Map();
  used.clear();
  if (!dir) return;
  try {
    entries = new Map(JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as [string, string][]);
  } catch {
    // No cache yet, or an unreadable one: format everything.
  }
}

const keyOf = (options: string, unformatted: string) =>
  createHash('sha256').update(`typescript ${ts.version}\0${options}\0`).update(unformatted).digest('hex').slice(0, 32);

/** The formatted text for `unformatted`, from the cache or from `format()` (then cached). */
export function formatted(options: string, unformatted: string, format: () => string): string {
  if (!dir) return format();
  const k = keyOf(options, unformatted);
  used.add(k);
  const hit = entries.get(k);
  if (hit !== undefined) return hit;
  const text = format();
  entries.set(k, text);
  return text;
}

/** Writes the cache: this render's entries first, then older ones up to MAX_ENTRIES. Best effort. */
export function saveFormatCache(): void {
  if (!dir) return;
  const kept = [...entries].sort(([a], [b]) => Number(used.has(b)) - Number(used.has(a))).slice(0, Math.max(MAX_ENTRIES, 2 * used.size));
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(kept));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}
