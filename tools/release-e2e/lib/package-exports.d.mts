/** Every importable subpath of `exports` (".", "./en", "./en.json" …), wildcards expanded against `files`. */
export function exportSubpaths(exports: unknown, files: readonly string[]): string[];
/** Every file path anywhere under an exports value. */
export function leaves(target: unknown): string[];
