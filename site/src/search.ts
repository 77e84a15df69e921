/**
 * The search index (built with the site) and its ranking (run in the browser, and in the tests).
 *
 * One entry per row of the spec. A query is a number (`135`, `0x87`, `87`: decimal first, then
 * hexadecimal where the decimal value is no code), or words: every word must occur in the
 * entry, and each counts by where it occurs (identifier, name, packet, then title, message, hint,
 * in any language of the site). Ties go to errors first (people look up what went wrong), then
 * MQTT 5.0 before 3.1.1 and 3.1, then the spec's order.
 */
export interface IndexEntry {
  /** Path of the code page (with the row's fragment), relative to a locale's root. */
  readonly u: string;
  /** Value, hex, identifier, standard's name, packet, version label. */
  readonly v: number;
  readonly x: string;
  readonly i: string;
  readonly n: string;
  readonly p: string;
  readonly l: string;
  readonly e: boolean;
  /** Per locale: [title, message, hint]. */
  readonly t: Readonly<Record<string, readonly [string, string, string]>>;
}

export interface Hit {
  readonly entry: IndexEntry;
  readonly score: number;
  readonly order: number;
}

export const normalize = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const compact = (s: string): string => normalize(s).replace(/[\s_\-,.]/g, '');

const WEIGHT = { id: 50, name: 40, packet: 25, title: 30, message: 20, hint: 10 } as const;

function numberTargets(q: string): number[] {
  const hex = /^0x([0-9a-f]{1,2})$/.exec(q);
  if (hex) return [parseInt(hex[1]!, 16)];
  const out: number[] = [];
  if (/^\d{1,3}$/.test(q) && Number(q) <= 255) out.push(Number(q));
  if (/^[0-9a-f]{1,2}$/.test(q)) out.push(parseInt(q, 16));
  return [...new Set(out)];
}

/** The entries that match `query`, best first. */
export function search(index: readonly IndexEntry[], query: string): Hit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: Hit[] = [];
  const numbers = numberTargets(q);
  if (numbers.length) {
    // The first reading that names a code wins: 87 is no code in decimal, so it is 0x87.
    const value = numbers.find((n) => index.some((e) => e.v === n));
    if (value !== undefined) {
      index.forEach((entry, order) => {
        if (entry.v === value) hits.push({ entry, score: 1000, order });
      });
      return rank(hits);
    }
  }
  // Written as a hexadecimal number ("0x", "0xff"), a query is a number and never words: hints
  // mention other codes ("…gets 0x11 instead"), and "0x" must not find every such row.
  if (/^0x[0-9a-f]*$/.test(q)) return [];
  const words = q.split(' ');
  const cq = compact(q);
  index.forEach((entry, order) => {
    const fields: [string, number][] = [
      [normalize(entry.i), WEIGHT.id],
      [normalize(entry.n), WEIGHT.name],
      [normalize(entry.p), WEIGHT.packet],
    ];
    for (const [title, message, hint] of Object.values(entry.t)) {
      fields.push([normalize(title), WEIGHT.title], [normalize(message), WEIGHT.message], [normalize(hint), WEIGHT.hint]);
    }
    let score = 0;
    for (const word of words) {
      let best = 0;
      for (const [text, weight] of fields) if (weight > best && text.includes(word)) best = weight;
      if (!best) return;
      score += best;
    }
    if (cq === compact(entry.i) || cq === compact(entry.n)) score += 100;
    hits.push({ entry, score, order });
  });
  return rank(hits);
}

function rank(hits: Hit[]): Hit[] {
  return hits.sort(
    (a, b) => b.score - a.score || Number(b.entry.e) - Number(a.entry.e) || versionRank(a.entry.l) - versionRank(b.entry.l) || a.order - b.order,
  );
}

const versionRank = (label: string): number => (label === '5.0' ? 0 : label === '3.1.1' ? 1 : 2);
