// spec/observed/: every file names a test that really reads it, and a broken observed file (or a
// messages file's `observed:` block) is reported at the right place and changes no file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDiagnostics, formatDiagnostic } from '../src/diagnostic.js';
import { generate } from '../src/generate.js';
import { REPO, ageOutputs, indexOf, lineCol, readSpec, removeTempRoots, replaceAt, snapshot, tempRoot, writeSpec } from './helpers.js';

const MOSQUITTO = 'spec/observed/mosquitto.yaml';
const AEDES = 'spec/observed/aedes.yaml';
const EN = 'spec/messages/en.yaml';
const JA = 'spec/messages/ja.yaml';

describe('spec/observed/ in this checkout', () => {
  const files = readdirSync(join(REPO, 'spec/observed')).filter((f) => f.endsWith('.yaml'));
  it('has the mosquitto and aedes files', () => {
    expect(files.sort()).toEqual(['aedes.yaml', 'mosquitto.yaml']);
  });
  for (const f of files) {
    it(`${f} names a test that exists and reads it`, () => {
      const data = parse(readFileSync(join(REPO, 'spec/observed', f), 'utf8')) as { broker: string; test: string };
      expect(existsSync(join(REPO, data.test)), data.test).toBe(true);
      expect(readFileSync(join(REPO, data.test), 'utf8')).toContain(`readObserved('${data.broker}')`);
    });
  }
  it('is rendered into every locale\'s reference page, with every entry', () => {
    const result = generate(REPO, { check: true });
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    const pages = [...result.outputs].filter(([file]) => file.startsWith('docs/reason-codes'));
    expect(pages.length).toBe(result.model!.locales.length);
    const entries = result.model!.observed!.brokers.reduce((n, b) => n + b.data.scenarios.length, 0);
    for (const [file, text] of pages) {
      const section = text.slice(indexOf(text, '<a id="observed"></a>'), indexOf(text, '<a id="decisions"></a>'));
      expect(section, file).toContain('<a id="observed-mosquitto"></a>');
      expect(section, file).toContain('<a id="observed-aedes"></a>');
      expect(section.split('\n').filter((l) => /^\| .* \|$/.test(l) && !l.startsWith('| ---')).length - 2, file).toBe(entries);
      // mosquitto's wrong password, as measured: 0x87 in 5.0, 5 in 3.1.1.
      expect(section, file).toMatch(/\[CONNACK 0x87\]\(#v5-connack\)<br>`NotAuthorized` \| \[CONNACK 5\]\(#v4-connack\)<br>`NotAuthorized` \| password\\_file/);
      // Each locale's page in its own language: the English setups only on the English page.
      expect(section.includes('CONNECT with a known user name and a wrong password.'), file).toBe(file === 'docs/reason-codes.md');
    }
  });
});

interface Case {
  readonly name: string;
  readonly file: string;
  mutate(text: string): { text: string; expect: { offset: number; message: string }[] };
}

const cases: Case[] = [
  {
    name: 'a 5.0 code in the 3.1.1 column',
    file: MOSQUITTO,
    mutate: (text) => {
      const { text: out, start } = replaceAt(text, 'v311: { packet: CONNACK, code: 5 }', 'v311: { packet: CONNACK, code: 0x87 }');
      return { text: out, expect: [{ offset: start + 'v311: { packet: CONNACK, code: '.length, message: 'CONNACK has no code 135 in MQTT 3.1.1; use a code from its table (a 3.1.1 return code, such as 5 for Not authorized).' }] };
    },
  },
  {
    name: 'a success code instead of accepts',
    file: AEDES,
    mutate: (text) => {
      const { text: out, start } = replaceAt(text, 'v5: accepts', 'v5: { packet: CONNACK, code: 0 }');
      return { text: out, expect: [{ offset: start + 'v5: '.length, message: 'CONNACK 0x00 (Success) is a success in MQTT 5.0, so write accepts instead.' }] };
    },
  },
  {
    name: 'a misspelt packet',
    file: MOSQUITTO,
    mutate: (text) => {
      const { text: out, start } = replaceAt(text, '{ packet: DISCONNECT, code: 0x95 }', '{ packet: DISCONECT, code: 0x95 }');
      return { text: out, expect: [{ offset: start + '{ packet: '.length, message: 'DISCONECT carries no code in MQTT 5.0; write DISCONNECT if that is what you meant, or write closes, accepts or not-applicable.' }] };
    },
  },
  {
    name: 'two entries of one scenario without a variant',
    file: MOSQUITTO,
    mutate: (text) => {
      const { text: out, start } = replaceAt(text, '    variant: acl-file\n', '');
      return { text: out, expect: [{ offset: start - '- scenario: subscribe-denied\n'.length + 2, message: 'The scenario subscribe-denied has several entries, so each needs a "variant" saying how they differ.' }] };
    },
  },
  {
    name: 'a scenario without an English title',
    file: EN,
    mutate: (text) => {
      const { text: out } = replaceAt(text, '    keep-alive-timeout: Keep alive timeout\n', '');
      const at = indexOf(out, '  scenarios:\n', indexOf(out, '\nobserved:\n')) + 2;
      return { text: out, expect: [{ offset: at, message: 'The scenario keep-alive-timeout (spec/observed/aedes.yaml) has no title here; add one under observed.scenarios.' }] };
    },
  },
  {
    name: 'a title for a scenario no file has',
    file: JA,
    mutate: (text) => {
      const { text: out, start } = replaceAt(text, '    keep-alive-timeout: キープアライブのタイムアウト\n', '    keep-alive-timeout: キープアライブのタイムアウト\n    keep-alive-timout: キープアライブ\n');
      return {
        text: out,
        expect: [{ offset: start + '    keep-alive-timeout: キープアライブのタイムアウト\n    '.length, message: 'No file in spec/observed/ has the scenario keep-alive-timout; write keep-alive-timeout if that is what you meant.' }],
      };
    },
  },
  {
    name: 'a broker field that is not the file name',
    file: AEDES,
    mutate: (text) => {
      const { text: out, start } = replaceAt(text, 'broker: aedes\n', 'broker: aedes-2\n');
      return { text: out, expect: [{ offset: start + 'broker: '.length, message: 'This file is aedes.yaml, but "broker" says "aedes-2"; make them the same.' }] };
    },
  },
  {
    name: 'an entry without its translation',
    file: JA,
    mutate: (text) => {
      const { text: out } = replaceAt(text, '    aedes/session-takeover:\n      setup: 同じクライアントIDで2つ目のクライアントが接続します。\n', '');
      return { text: out, expect: [{ offset: indexOf(out, '  entries:\n', indexOf(out, '\nobserved:\n')) + 2, message: 'The observed entry aedes/session-takeover has no translation here; add its setup under observed.entries.' }] };
    },
  },
  {
    name: 'a translation without the note English has',
    file: JA,
    mutate: (text) => {
      const { text: out } = replaceAt(text, '      note: 最初のクライアントにDISCONNECT 0x8Eは届きません。\n', '');
      return { text: out, expect: [{ offset: indexOf(out, '    mosquitto/session-takeover:') + 4, message: 'The observed entry mosquitto/session-takeover has a note in English; translate it here as "note".' }] };
    },
  },
  {
    name: 'a translated setup that is not in です/ます form',
    file: JA,
    mutate: (text) => {
      const { text: out, start } = replaceAt(text, 'setup: 同じクライアントIDで2つ目のクライアントが接続します。', 'setup: 同じクライアントIDで2つ目のクライアントが接続する。');
      return { text: out, expect: [{ offset: start + 'setup: '.length, message: 'Every Japanese sentence is in です/ます form; "同じクライアントIDで2つ目のクライアントが接続する。" is not (end it in です, ます, ください, ません, でした or ました).' }] };
    },
  },
  {
    name: 'a Japanese scenario title with a word the glossary avoids',
    file: JA,
    mutate: (text) => {
      const { text: out, start } = replaceAt(text, 'server-shutting-down: サーバーの停止', 'server-shutting-down: ブローカーの停止');
      const offset = start + 'server-shutting-down: '.length;
      return {
        text: out,
        expect: [
          { offset, message: '"ブローカ" is not the glossary term for server; write "サーバー" instead (see spec/glossary.ja.yaml).' },
          { offset, message: '"ブローカー" is not the glossary term for server; write "サーバー" instead (see spec/glossary.ja.yaml).' },
        ],
      };
    },
  },
];

describe('a broken observed file is reported at the right place and changes no file', () => {
  afterAll(removeTempRoots);
  it.each(cases)('$name', (c) => {
    const root = tempRoot();
    const first = generate(root);
    if (!first.ok) throw new Error(first.diagnostics.map(formatDiagnostic).join('\n'));
    ageOutputs(root);
    const before = snapshot(root);
    const { text, expect: expected } = c.mutate(readSpec(root, c.file));
    writeSpec(root, c.file, text);
    const want = expected.map((e) => ({ file: c.file, ...lineCol(text, e.offset), message: e.message })).sort((a, b) => compareDiagnostics({ ...a, message: '' }, { ...b, message: '' }));
    const result = generate(root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual(want);
    expect(snapshot(root)).toEqual(before);
  });
});

it("an English setup edited in spec/observed/ makes its Japanese translation stale until ja is stamped again", () => {
  const root = tempRoot();
  const before = generate(root, { check: true });
  if (!before.ok) throw new Error(before.diagnostics.map(formatDiagnostic).join('\n'));
  expect(before.warnings).toEqual([]);
  writeSpec(root, MOSQUITTO, replaceAt(readSpec(root, MOSQUITTO), 'setup: a second client connects with the same client identifier.', 'setup: a second client connects with the same client identifier, while the first stays connected.').text);
  const after = generate(root, { check: true });
  if (!after.ok) throw new Error(after.diagnostics.map(formatDiagnostic).join('\n'));
  const ja = readSpec(root, JA);
  // Every translated locale reports its own stale entry; this test follows the Japanese one.
  expect(after.warnings.filter((w) => w.file === JA)).toEqual([
    { file: JA, ...lineCol(ja, indexOf(ja, '    mosquitto/session-takeover:') + 4), message: 'The English text of observed.entries.mosquitto/session-takeover changed since this translation was stamped; review it and run `npm run generate -- --stamp ja`.' },
  ]);
  expect(after.warnings.map((w) => w.file).sort()).toEqual([JA, 'spec/messages/zh-Hans.yaml']);
});
