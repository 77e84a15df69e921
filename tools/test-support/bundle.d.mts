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

export function bundle(code: string, resolveDir: string): Promise<Bundle>;
