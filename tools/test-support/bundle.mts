/**
 * Bundles a snippet the way an app's bundler would — esbuild, ESM, minified, tree-shaken,
 * platform neutral — against the built packages (dist, through their exports maps), and
 * measures it gzipped at level 9. Shared by the packages' bundle and budget tests.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface Bundle {
  readonly text: string;
  readonly raw: number;
  readonly gzip: number;
}

export async function bundle(code: string, resolveDir: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    charset: 'utf8',
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]!.contents;
  return { text: Buffer.from(bytes).toString('utf8'), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
