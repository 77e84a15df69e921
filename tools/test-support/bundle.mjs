// @ts-check
/**
 * Bundles a snippet the way an app's bundler would — esbuild, ESM, minified, tree-shaken,
 * platform neutral — against the built packages (dist, through their exports maps), and
 * measures it gzipped at level 9. Shared by the packages' bundle and budget tests and by
 * `npm run bench`; plain JavaScript so that bench can run it under node.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * @param {string} code the entry's source
 * @param {string} resolveDir where package names are resolved from
 * @param {{ platform?: 'neutral' | 'browser' }} [options] `browser`: as a web app is built
 *   (`esbuild --bundle --minify --format=esm --charset=utf8 --platform=browser`, the size budgets' command)
 * @returns {Promise<import('./bundle.d.mts').Bundle>}
 */
export async function bundle(code, resolveDir, options = {}) {
  const browser = options.platform === 'browser';
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: browser ? 'browser' : 'neutral',
    ...(browser ? {} : { mainFields: ['module', 'main'] }),
    write: false,
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = /** @type {import('esbuild').OutputFile} */ (result.outputFiles[0]).contents;
  const root = `${resolveDir}/`;
  return {
    text: Buffer.from(bytes).toString('utf8'),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    inputs: Object.keys(/** @type {import('esbuild').Metafile} */ (result.metafile).inputs).map((i) => i.replace(root, '')),
  };
}
