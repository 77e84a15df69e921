export interface Bundle {
  /** The minified bundle. */
  readonly text: string;
  /** Its size in bytes. */
  readonly raw: number;
  /** Its size gzipped at level 9. */
  readonly gzip: number;
  /** The modules that went into it, relative to the resolve folder where possible. */
  readonly inputs: string[];
}

/** `platform: 'browser'`: the size budgets' build (esbuild --bundle --minify --format=esm --charset=utf8 --platform=browser). */
export function bundle(code: string, resolveDir: string, options?: { readonly platform?: 'neutral' | 'browser' }): Promise<Bundle>;
