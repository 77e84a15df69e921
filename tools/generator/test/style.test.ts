// The writing rules and the hint/action agreement run in the generator: a violation is a
// file:line:col diagnostic and no file is written.
import { afterAll, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { indexOf, lineCol, readSpec, removeTempRoots, replaceAt, tempRoot, writeSpec } from './helpers.js';

afterAll(removeTempRoots);

function diagnosticsAfter(file: string, mutate: (text: string) => { text: string; at: number }): { got: string[]; want: { line: number; col: number } } {
  const root = tempRoot();
  const m = mutate(readSpec(root, file));
  writeSpec(root, file, m.text);
  const r = generate(root, { check: true });
  return { got: r.ok ? [] : r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`), want: lineCol(m.text, m.at) };
}

const rowHint = (t: string, version: string, packet: string, id: string) => indexOf(t, 'hint: ', indexOf(t, `      ${id}:`, indexOf(t, `\n    ${packet}:\n`, indexOf(t, `\n  ${version}:\n`))));

it('a Japanese sentence not in です/ます form is reported where it is', () => {
  const file = 'spec/messages/ja.yaml';
  const { got, want } = diagnosticsAfter(file, (t) => {
    const at = rowHint(t, '5', 'DISCONNECT', 'SessionTakenOver');
    const r = replaceAt(t, 'hint: ', 'hint: 識別子を分ける。', at);
    return { text: r.text, at: at + 'hint: '.length };
  });
  expect(got).toEqual([`${file}:${want.line}:${want.col}: Every Japanese sentence is in です/ます form; "識別子を分ける。" is not (end it in です, ます, ください, ません, でした or ました).`]);
});

it('half-width punctuation in Japanese names the full-width replacement', () => {
  const file = 'spec/messages/ja.yaml';
  const { got, want } = diagnosticsAfter(file, (t) => {
    const at = rowHint(t, '5', 'DISCONNECT', 'SessionTakenOver');
    const r = replaceAt(t, 'hint: ', 'hint: (注意)', at);
    return { text: r.text, at: at + 'hint: '.length };
  });
  expect(got).toEqual([`${file}:${want.line}:${want.col}: Japanese text uses full-width punctuation; replace "(" with （.`]);
});

it('an English hint without a full stop is reported', () => {
  const file = 'spec/messages/en.yaml';
  const { got, want } = diagnosticsAfter(file, (t) => {
    const at = rowHint(t, '5', 'DISCONNECT', 'SessionTakenOver');
    const end = t.indexOf('\n', at);
    return { text: `${t.slice(0, end - 1)}${t.slice(end)}`, at: at + 'hint: '.length };
  });
  expect(got).toEqual([`${file}:${want.line}:${want.col}: An English message or hint ends with a full stop; add one.`]);
});

it('a hint that advises retrying on a fix-request row is reported in every locale that bans it', () => {
  const file = 'spec/messages/en.yaml';
  const { got, want } = diagnosticsAfter(file, (t) => {
    const at = rowHint(t, '5', 'CONNACK', 'PacketTooLarge');
    const r = replaceAt(t, 'hint: ', 'hint: Wait and retry later. ', at);
    return { text: r.text, at: at + 'hint: '.length };
  });
  expect(got).toHaveLength(1);
  expect(got[0]).toMatch(new RegExp(`^${file}:${want.line}:${want.col}: This row's action is fix-request, so its hint must not match /.+/ \\(actions\\.fix-request\\.notInHints\\); give advice that matches the action\\.$`));
});

it('a hint that says not to reconnect on a back-off row is reported', () => {
  const file = 'spec/messages/ja.yaml';
  const { got } = diagnosticsAfter(file, (t) => {
    const at = rowHint(t, '5', 'CONNACK', 'ServerBusy');
    const r = replaceAt(t, 'hint: ', 'hint: 再接続しないでください。', at);
    return { text: r.text, at };
  });
  expect(got.some((g) => g.includes("This row's action is back-off"))).toBe(true);
});

it('the Japanese reference page is Japanese throughout: the rule, the notes and every decision are translated', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { REPO } = await import('./helpers.js');
  const page = readFileSync(join(REPO, 'docs/reason-codes.ja.md'), 'utf8');
  expect(page).not.toContain('（英語の原文）');
  expect(page).toContain('次の対応（`action`）の基準');
  expect(page).toContain('#### DISCONNECTでの0x8C Bad authentication method');
  expect(page).not.toMatch(/仕様上の判断|仕様の英語/);
});
