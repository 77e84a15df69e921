/**
 * The search box, for browsers with JavaScript (every page works without it: the form then
 * opens the search page, which lists every code). Loads the index on first use, shows the
 * best matches as links, and Enter goes to the best one.
 */
import { search, type IndexEntry } from './search.js';

const form = document.querySelector<HTMLFormElement>('form.search');
const input = form?.querySelector<HTMLInputElement>('input[name=q]');
const out = form?.querySelector<HTMLElement>('#results');

// The language switch keeps the row too: the fragment (#v5-connack) is the same in every language.
for (const a of document.querySelectorAll<HTMLAnchorElement>('nav.langs a')) {
  a.addEventListener('click', () => {
    if (location.hash) a.hash = location.hash;
  });
}

if (form && input && out) {
  const root = form.dataset.root ?? './';
  const locale = form.dataset.locale ?? 'en';
  let index: Promise<IndexEntry[]> | undefined;
  const load = () => (index ??= fetch(`${form.dataset.assets ?? ''}search-index.json`).then((r) => r.json() as Promise<IndexEntry[]>));
  const noResults = out.dataset.none ?? '';

  const show = async (): Promise<IndexEntry[]> => {
    const q = input.value;
    const hits = search(await load(), q).slice(0, 8);
    if (q !== input.value) return [];
    out.replaceChildren();
    if (!q.trim()) return [];
    if (!hits.length) {
      const p = document.createElement('p');
      p.textContent = form.dataset.none ?? noResults;
      out.append(p);
      return [];
    }
    const ul = document.createElement('ul');
    for (const { entry } of hits) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = root + entry.u;
      const texts = entry.t[locale] ?? entry.t.en ?? Object.values(entry.t)[0];
      a.textContent = `${entry.x} (${entry.v}) · MQTT ${entry.l} ${entry.p} — ${texts ? texts[0] : entry.n}`;
      li.append(a);
      ul.append(li);
    }
    out.append(ul);
    return hits.map((h) => h.entry);
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void show());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show().then((hits) => {
      if (hits[0]) location.href = root + hits[0].u;
    });
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    void show();
  }
}
