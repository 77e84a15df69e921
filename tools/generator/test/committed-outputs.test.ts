// The generated files committed in this checkout are exactly what its spec/ produces.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostic.js';
import { generate } from '../src/generate.js';
import { REPO } from './helpers.js';

describe('committed outputs', () => {
  it('match spec/ (generate --check finds nothing changed or stale)', () => {
    const result = generate(REPO, { check: true });
    if (!result.ok) throw new Error(`spec/ is invalid:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
    expect(result.wrote).toBe(false);
    expect(result.plan, 'run `npm run generate` and commit the result').toEqual({ changed: [], stale: [], leftovers: [] });
  });
});
