// @ts-check
// Reads a package.json `exports` map the way a consumer sees it: which subpaths can be imported.
// Shared by bin/attw.mjs and the release test.

/**
 * Every importable subpath of `exports` ("." , "./en", "./en.json" …), without "./package.json".
 * Wildcard keys ("./*": "./dist/locales/*.js") are expanded against `files`, the paths a
 * tarball holds ("dist/locales/en.js", with or without a leading "./" or "package/").
 * @param {unknown} exports
 * @param {readonly string[]} files
 * @returns {string[]}
 */
export function exportSubpaths(exports, files) {
  if (exports === undefined || exports === null) return ['.'];
  if (typeof exports === 'string' || Array.isArray(exports)) return ['.'];
  if (typeof exports !== 'object') return [];
  const keys = Object.keys(exports);
  // Conditions only ({ import, require }): the package root is the one entry point.
  if (!keys.some((k) => k.startsWith('.'))) return ['.'];
  const packed = files.map((f) => `./${f.replace(/^(?:\.\/|package\/)/, '')}`);
  const out = new Set();
  for (const [key, target] of Object.entries(exports)) {
    if (key === './package.json' || !key.startsWith('.')) continue;
    if (!key.includes('*')) {
      if (leaves(target).length) out.add(key);
      continue;
    }
    for (const pattern of leaves(target)) {
      if (!pattern.includes('*')) continue;
      const [before = '', after = ''] = pattern.split('*');
      for (const file of packed) {
        if (file.length > before.length + after.length && file.startsWith(before) && file.endsWith(after)) {
          const star = file.slice(before.length, file.length - after.length);
          if (!star.includes('/')) out.add(key.replace('*', star));
        }
      }
    }
  }
  return [...out].sort();
}

/**
 * Every file path (a string target, not null) anywhere under an exports value.
 * @param {unknown} target
 * @returns {string[]}
 */
export function leaves(target) {
  if (typeof target === 'string') return [target];
  if (Array.isArray(target)) return target.flatMap(leaves);
  if (target && typeof target === 'object') return Object.values(target).flatMap(leaves);
  return [];
}
