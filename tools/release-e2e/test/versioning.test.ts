// Packages that share one table are released together: `.changeset/config.json` puts every
// published package in one `fixed` group, so a changeset for any of them gives all of them the
// same new version, and every internal range follows it. Checked by running the real
// `changeset version` on a copy of the workspace's manifests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}
const published = readdirSync(join(ROOT, 'packages'))
  .filter((d) => existsSync(join(ROOT, 'packages', d, 'package.json')))
  .map((d) => ({ dir: d, manifest: readJson<Manifest>(join(ROOT, 'packages', d, 'package.json')) }))
  .filter((p) => !p.manifest.private);

const tmp = mkdtempSync(join(tmpdir(), 'mqtt-codes-versioning-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('versioning: one fixed group', () => {
  it('every published package is in the fixed group of .changeset/config.json', () => {
    const config = readJson<{ fixed: string[][] }>(join(ROOT, '.changeset/config.json'));
    expect(config.fixed).toHaveLength(1);
    const matches = (name: string) => config.fixed[0]!.some((g) => new RegExp(`^${g.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name));
    for (const p of published) expect(matches(p.manifest.name), p.manifest.name).toBe(true);
  });

  it('every published package has the same version now', () => {
    expect(new Set(published.map((p) => p.manifest.version)).size).toBe(1);
  });

  it('a minor changeset for core alone releases every package at the same new version', () => {
    cpSync(join(ROOT, 'package.json'), join(tmp, 'package.json'));
    mkdirSync(join(tmp, '.changeset'));
    cpSync(join(ROOT, '.changeset/config.json'), join(tmp, '.changeset/config.json'));
    writeFileSync(join(tmp, '.changeset/new-code.md'), '---\n"@org/mqtt-codes-core": minor\n---\n\nA new code.\n');
    for (const p of published) {
      mkdirSync(join(tmp, 'packages', p.dir), { recursive: true });
      cpSync(join(ROOT, 'packages', p.dir, 'package.json'), join(tmp, 'packages', p.dir, 'package.json'));
    }
    // Tools in the workspaces list must exist for changesets to read them; give it empty private ones.
    mkdirSync(join(tmp, 'tools'));
    const changeset = join(dirname(createRequire(import.meta.url).resolve('@changesets/cli/package.json')), 'bin.js');
    execFileSync(process.execPath, [changeset, 'version'], { cwd: tmp, stdio: 'pipe', env: { ...process.env, CI: '1' } });
    const before = published[0]!.manifest.version;
    const [major, minor] = before.split('.').map(Number) as [number, number];
    const next = `${major}.${minor + 1}.0`;
    for (const p of published) {
      const m = readJson<Manifest>(join(tmp, 'packages', p.dir, 'package.json'));
      expect(m.version, p.manifest.name).toBe(next);
      for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
        if (published.some((q) => q.manifest.name === dep)) expect(range, `${p.manifest.name} → ${dep}`).toBe(`^${next}`);
      }
    }
  });
});

describe('publishing with provenance', () => {
  const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
  it('.ci/release publishes with changeset publish and NPM_CONFIG_PROVENANCE=true, after the checks', () => {
    const script = read('.ci/release');
    expect(script).toMatch(/^export NPM_CONFIG_PROVENANCE=true$/m);
    const order = ['npm ci', 'npm run build', 'npm run generate -- --check', 'npm run lint:packages', 'npx changeset publish'].map((c) => script.indexOf(`\n${c}`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('the release workflow grants the OIDC token provenance needs and runs .ci/run before .ci/release', () => {
    const workflow = read('.github/workflows/release.yml');
    expect(workflow).toMatch(/^ {2}id-token: write/m);
    expect(workflow.indexOf('run: .ci/run')).toBeGreaterThan(0);
    expect(workflow.indexOf('run: .ci/release')).toBeGreaterThan(workflow.indexOf('run: .ci/run'));
  });
  it('every published package has a repository.url and directory, which provenance ties the tarball to', () => {
    for (const p of published) {
      const m = readJson<{ repository?: { url?: string; directory?: string } }>(join(ROOT, 'packages', p.dir, 'package.json'));
      expect(m.repository?.url, p.manifest.name).toMatch(/^git\+https:\/\//);
      expect(m.repository?.directory, p.manifest.name).toBe(`packages/${p.dir}`);
    }
  });
});
