// Broken-spec fixtures: each case copies spec/ to a temporary root, generates once, applies one
// textual mutation to one spec file and generates again. The second run must fail with exactly the
// expected diagnostics, located at the mutated text, and must leave every output file untouched.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDiagnostics, formatDiagnostic } from '../src/diagnostic.js';
import { generate } from '../src/generate.js';
import { ROW_PLACEHOLDERS, TEMPLATE_PLACEHOLDERS } from '../src/load-spec.js';
import { hex, type Model } from '../src/model.js';
import { REPO, ageOutputs, indexOf, lineCol, readSpec, removeTempRoots, replaceAt, snapshot, tempRoot, writeSpec } from './helpers.js';

interface Expected {
  /** Offset in the mutated text of the case's file. */
  readonly offset: number;
  readonly message: string | RegExp;
}

interface Case {
  readonly name: string;
  /** The spec file the mutation applies to, relative to the root. */
  readonly file: string;
  /** Returns the mutated text (null deletes the file) and every diagnostic expected for it. */
  mutate(text: string, model: Model): { text: string | null; expect: Expected[] };
}

const T5 = 'spec/mqtt-5.0.yaml';
const T311 = 'spec/mqtt-3.1.1.yaml';
const T31 = 'spec/mqtt-3.1.yaml';
const EN = 'spec/messages/en.yaml';
const JA = 'spec/messages/ja.yaml';
const GLOSSARY = 'spec/glossary.ja.yaml';
const ZH = 'spec/messages/zh-Hans.yaml';
const ZH_GLOSSARY = 'spec/glossary.zh-Hans.yaml';
const NETWORK = 'spec/network.yaml';

const TAB_MESSAGE = 'A tab is used for indentation; YAML allows only spaces there, so replace it with spaces.';

/** A one-line, single plain sentence: starts with a capital letter, a quote or a brace and ends with a full stop. */
function expectPlainSentence(message: string): void {
  expect(message, 'one line').not.toMatch(/\n/);
  expect(message, 'starts like a sentence').toMatch(/^[A-Z"{*]/);
  expect(message, 'ends with a full stop').toMatch(/[^.]\.$/);
  expect(message, 'a single sentence').not.toMatch(/[a-z)"]\.\s+[A-Z]/);
  expect(message, 'says how to fix it').toMatch(/;|, so | must | needs /);
}

/** The offset of the value on the line that contains `offset`, after `key: ` and an optional anchor. */
function valueStartOnLine(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const m = /^\s*[\w"]+:\s+(&\S+\s+)?/.exec(text.slice(lineStart));
  if (!m) throw new Error('fixture is out of date: no "key: value" line');
  return lineStart + m[0].length;
}

/** Removes the YAML block that starts with the line `header` (at `from` or later) and every line indented deeper. */
function removeBlock(text: string, header: string, from = 0): { text: string; removed: string } {
  const start = indexOf(text, `\n${header}\n`, from) + 1;
  const indent = /^ */.exec(header)![0].length;
  let end = start + header.length + 1;
  while (end < text.length) {
    const next = text.indexOf('\n', end);
    const line = text.slice(end, next < 0 ? text.length : next);
    if (line.trim() !== '' && /^ */.exec(line)![0].length <= indent) break;
    end = next < 0 ? text.length : next + 1;
  }
  return { text: text.slice(0, start) + text.slice(end), removed: text.slice(start, end) };
}

const cases: Case[] = [
  {
    name: 'YAML syntax error: unclosed flow sequence',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, 'CONNACK: { sentBy: [server], action: fix-request }', 'CONNACK: { sentBy: [server }', indexOf(t, 'id: IdentifierRejected'));
      return {
        text: r.text,
        expect: [{ offset: r.start + 'CONNACK: { sentBy: [server '.length, message: /^The file is not valid YAML \(.*end with a \]\); fix the syntax at this point\.$/ }],
      };
    },
  },
  {
    name: 'YAML syntax error: unclosed quote',
    file: T31,
    mutate(t) {
      const broken = 'name: "Connection Refused: identifier rejected';
      const r = replaceAt(t, `${broken}"`, broken);
      return { text: r.text, expect: [{ offset: r.start + broken.length, message: 'The file is not valid YAML (Missing closing "quote); fix the syntax at this point.' }] };
    },
  },
  {
    name: 'duplicate key',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, '    id: IdentifierRejected\n', '    id: IdentifierRejected\n    id: IdentifierRefused\n');
      return {
        text: r.text,
        expect: [{ offset: r.start + '    id: IdentifierRejected\n    '.length, message: 'The key "id" appears twice in the same mapping; keep only one of them.' }],
      };
    },
  },
  {
    name: 'tab indentation',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, '\n    id: IdentifierRejected\n', '\n\tid: IdentifierRejected\n');
      return { text: r.text, expect: [{ offset: r.start + 1, message: TAB_MESSAGE }] };
    },
  },
  {
    name: 'tab inside indentation that starts with spaces',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, '\n    id: IdentifierRejected\n', '\n  \t  id: IdentifierRejected\n');
      return { text: r.text, expect: [{ offset: r.start + 3, message: TAB_MESSAGE }] };
    },
  },
  {
    name: 'unknown field (misspelt action)',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, 'action: back-off', 'acton: back-off', indexOf(t, 'id: ServerUnavailable'));
      return { text: r.text, expect: [{ offset: r.start, message: 'Unknown field "acton" in "CONNACK"; rename it to "action" or remove it.' }] };
    },
  },
  {
    name: 'an action outside the closed set',
    file: T5,
    mutate(t) {
      const r = replaceAt(t, 'action: back-off', 'action: retry', indexOf(t, 'id: ServerBusy'));
      return { text: r.text, expect: [{ offset: r.start + 'action: '.length, message: 'The field "action" must be one of "none", "reconnect", "back-off", "redirect", "renew-credentials", "ask-permission", "fix-request", "do-not-reconnect", "investigate", but it is the text "retry".' }] };
    },
  },
  {
    name: 'an action other than none on a success code',
    file: T5,
    mutate(t) {
      const r = replaceAt(t, 'action: none', 'action: back-off', indexOf(t, 'id: GrantedQoS1'));
      return { text: r.text, expect: [{ offset: r.start + 'action: '.length, message: 'GrantedQoS1 is not an error, so its action in SUBACK must be "none" (it is "back-off").' }] };
    },
  },
  {
    name: 'action none on an error code',
    file: T311,
    mutate(t) {
      const r = replaceAt(t, 'action: renew-credentials', 'action: none', indexOf(t, 'id: BadUserNameOrPassword'));
      return {
        text: r.text,
        expect: [{ offset: r.start + 'action: '.length, message: 'BadUserNameOrPassword is an error, so its action in CONNACK cannot be "none"; pick the step that helps (see actionRule at the top of this file).' }],
      };
    },
  },
  {
    name: 'wrong type: value "abc"',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, 'value: 0x02\n    id: IdentifierRejected', 'value: "abc"\n    id: IdentifierRejected');
      return { text: r.text, expect: [{ offset: r.start + 'value: '.length, message: 'The field "value" must be a whole number, but it is the text "abc".' }] };
    },
  },
  {
    name: 'value 256 out of range',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, 'value: 0x02\n    id: IdentifierRejected', 'value: 256\n    id: IdentifierRejected');
      return { text: r.text, expect: [{ offset: r.start + 'value: '.length, message: 'The field "value" must be at most 255, but it is the number 256.' }] };
    },
  },
  {
    name: 'version outside 3, 4, 5',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, '\nversion: 3\n', '\nversion: 7\n');
      return { text: r.text, expect: [{ offset: r.start + '\nversion: '.length, message: 'The field "version" must be one of 3, 4, 5, but it is the number 7.' }] };
    },
  },
  {
    name: 'required field missing',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, '    name: "Connection Refused: identifier rejected"\n', '');
      return { text: r.text, expect: [{ offset: indexOf(r.text, 'value: 0x02\n    id: IdentifierRejected'), message: 'The required field "name" is missing; add it.' }] };
    },
  },
  {
    name: 'unknown packet name CONNAK as a key',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, 'CONNACK: { sentBy', 'CONNAK: { sentBy', indexOf(t, 'id: IdentifierRejected'));
      return { text: r.text, expect: [{ offset: r.start, message: 'Unknown key "CONNAK" in "packets"; rename it to "CONNACK" or remove it.' }] };
    },
  },
  {
    name: 'duplicate (packet, value) within a version',
    file: T31,
    mutate(t) {
      const r = replaceAt(t, 'value: 0x02\n    id: IdentifierRejected', 'value: 0x01\n    id: IdentifierRejected');
      const firstLine = lineCol(r.text, indexOf(r.text, 'value: 0x01\n    id: UnacceptableProtocolVersion')).line;
      return {
        text: r.text,
        expect: [
          {
            offset: indexOf(r.text, 'CONNACK: {', r.start),
            message: `The value 0x01 is already defined for CONNACK by UnacceptableProtocolVersion (line ${firstLine}); a packet can give a value only one meaning.`,
          },
        ],
      };
    },
  },
  {
    name: 'duplicate identifier',
    file: T31,
    mutate(t) {
      const row = '      CONNACK: { sentBy: [server], action: ask-permission }\n';
      const after = indexOf(t, row, indexOf(t, 'id: NotAuthorized')) + row.length;
      const block = ['  - value: 0x06', '    id: ServerUnavailable', '    name: Another meaning', '    error: true', '    packets:', '      CONNACK: { sentBy: [server], action: back-off }', ''].join('\n');
      const text = t.slice(0, after) + block + t.slice(after);
      const firstLine = lineCol(text, indexOf(text, 'id: ServerUnavailable')).line;
      return {
        text,
        expect: [
          {
            offset: after + block.indexOf('ServerUnavailable'),
            message: `The identifier ServerUnavailable is already used by the code at line ${firstLine}; give this code an identifier of its own.`,
          },
        ],
      };
    },
  },
  {
    name: 'sentBy [client] on a CONNACK row',
    file: T311,
    mutate(t) {
      const r = replaceAt(t, 'CONNACK: { sentBy: [server]', 'CONNACK: { sentBy: [client]');
      return { text: r.text, expect: [{ offset: r.start + 'CONNACK: { sentBy: '.length, message: 'CONNACK is sent by server only, so "sentBy" must be [server].' }] };
    },
  },
  {
    name: 'error: false on a 5.0 code of 0x80 or above',
    file: T5,
    mutate(t, model) {
      const row = model.rows.find((r) => r.version === 5 && r.id === 'UnspecifiedError')!;
      const r = replaceAt(t, 'error: true', 'error: false', indexOf(t, 'id: UnspecifiedError\n'));
      return {
        text: r.text,
        expect: [{ offset: r.start + 'error: '.length, message: `In MQTT 5.0 a code is an error exactly when it is 0x80 or above, so ${hex(row.value)} needs "error: true".` }],
      };
    },
  },
  {
    name: 'error: true on a 5.0 code below 0x80',
    file: T5,
    mutate(t) {
      const r = replaceAt(t, 'error: false', 'error: true', indexOf(t, 'id: Success\n'));
      return { text: r.text, expect: [{ offset: r.start + 'error: '.length, message: 'In MQTT 5.0 a code is an error exactly when it is 0x80 or above, so 0x00 needs "error: false".' }] };
    },
  },
  {
    name: 'toV311 target that does not exist',
    file: T5,
    mutate(t, model) {
      const r = replaceAt(t, 'CONNACK: ConnectionAccepted', 'CONNACK: Nope', indexOf(t, 'id: Success\n'));
      // Identifiers in file order, as the diagnostic lists them.
      const ids = model.tables.find((x) => x.version === 4)!.codes.map((c) => c.id).filter((id) => model.rows.some((row) => row.version === 4 && row.packet === 'CONNACK' && row.id === id));
      const fix = ids.length <= 8 ? `use one of ${ids.join(', ')}` : 'use one of its CONNACK identifiers';
      return { text: r.text, expect: [{ offset: r.start + 'CONNACK: '.length, message: `Nope is not a CONNACK code in the MQTT 3.1.1 table; ${fix}.` }] };
    },
  },
  {
    name: 'toV311 target with a typo',
    file: T5,
    mutate(t) {
      const r = replaceAt(t, 'CONNACK: ConnectionAccepted', 'CONNACK: ConnectionAccpted', indexOf(t, 'id: Success\n'));
      return {
        text: r.text,
        expect: [{ offset: r.start + 'CONNACK: '.length, message: 'ConnectionAccpted is not a CONNACK code in the MQTT 3.1.1 table; write ConnectionAccepted if that is what you meant.' }],
      };
    },
  },
  {
    name: 'packet used by codes but not declared under packets:',
    file: T31,
    mutate(t) {
      const { text, removed } = removeBlock(t, '  SUBACK:', indexOf(t, '\npackets:\n'));
      expect(removed).toMatch(/^ {2}SUBACK:\n {4}section: /);
      const uses = [...text.slice(indexOf(text, '\ncodes:\n')).matchAll(/\n {6}SUBACK: \{/g)].map((m) => indexOf(text, '\ncodes:\n') + m.index + 7);
      expect(uses.length).toBeGreaterThan(0);
      return {
        text,
        expect: uses.map((offset) => ({ offset, message: 'The packet SUBACK is not declared under "packets" at the top of this file; declare it with its section or remove it here.' })),
      };
    },
  },
  {
    name: 'PUBACK in the 3.1.1 table (only CONNACK and SUBACK before 5.0)',
    file: T311,
    mutate(t) {
      const line = '      CONNACK: { sentBy: [server], action: none }\n';
      const after = indexOf(t, line) + line.length;
      return {
        text: `${t.slice(0, after)}      PUBACK: { sentBy: [client, server], action: none }\n${t.slice(after)}`,
        expect: [{ offset: after + 6, message: 'Before MQTT 5.0 only CONNACK and SUBACK carry a return code, so remove PUBACK here.' }],
      };
    },
  },
  {
    name: 'messages: a row missing in ja.yaml',
    file: JA,
    mutate(t, model) {
      const v5 = indexOf(t, '\n  5:\n');
      const { text, removed } = removeBlock(t, '      ServerBusy:', indexOf(t, '\n    CONNACK:\n', v5));
      expect(removed, 'the removed row must not hold an anchor used elsewhere').not.toContain('&');
      const row = model.rows.find((r) => r.version === 5 && r.packet === 'CONNACK' && r.id === 'ServerBusy')!;
      return {
        text,
        expect: [
          {
            offset: indexOf(text, '\n    CONNACK:\n', indexOf(text, '\n  5:\n')) + 5,
            message: `The CONNACK code ServerBusy (${hex(row.value)}, MQTT 5.0) has no message here; add title, message and hint for it.`,
          },
        ],
      };
    },
  },
  {
    name: 'messages: an entry for a row that does not exist',
    file: JA,
    mutate(t) {
      const head = '\n  5:\n    CONNACK:\n';
      const after = indexOf(t, head) + head.length;
      return {
        text: `${t.slice(0, after)}      Nope:\n        title: なし\n        message: ありません。\n        hint: ありません。\n${t.slice(after)}`,
        expect: [{ offset: after + 6, message: 'There is no CONNACK code Nope in MQTT 5.0; remove this entry or fix its identifier.' }],
      };
    },
  },
  {
    name: 'messages: a placeholder English uses is missing',
    file: JA,
    mutate(t) {
      const r = replaceAt(t, '{serverReference}', '別のサーバー', indexOf(t, '\nmessages:\n'));
      return {
        text: r.text,
        expect: [{ offset: valueStartOnLine(r.text, r.start), message: 'This text has no placeholders but the English text has {serverReference}; use exactly the placeholders English uses.' }],
      };
    },
  },
  {
    name: 'messages: an unknown placeholder in a row',
    file: JA,
    mutate(t) {
      const r = replaceAt(t, '{serverReference}', '{server}', indexOf(t, '\nmessages:\n'));
      return {
        text: r.text,
        expect: [{ offset: valueStartOnLine(r.text, r.start), message: `The placeholder {server} is not known here; use only ${ROW_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.` }],
      };
    },
  },
  {
    name: 'messages: an unknown placeholder in a template',
    file: JA,
    mutate(t) {
      const line = indexOf(t, '\n  unknownTitle: ') + 1;
      const end = indexOf(t, '\n', line);
      const text = `${t.slice(0, end)}{reason}${t.slice(end)}`;
      return {
        text,
        expect: [{ offset: valueStartOnLine(text, line), message: `The placeholder {reason} is not known here; use only ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.` }],
      };
    },
  },
  {
    name: 'messages: glossary term to avoid (サーバ)',
    file: JA,
    mutate(t) {
      const term = glossaryTermAvoiding('サーバ');
      const r = replaceAt(t, `${term.ja}は接続を拒否し、当面は`, 'サーバは接続を拒否し、当面は');
      return { text: r.text, expect: [{ offset: r.start, message: `"サーバ" is not the glossary term for ${term.concept}; write "${term.ja}" instead (see ${GLOSSARY}).` }] };
    },
  },
  {
    name: 'messages: glossary term to avoid in anchored text is reported once, at the anchor',
    file: JA,
    mutate(t) {
      const term = glossaryTermAvoiding('サーバ');
      const anchorAt = indexOf(t, ': &connected\n');
      expect(t, 'the anchored row must be reused through an alias').toContain('*connected');
      const r = replaceAt(t, `message: ${term.ja}が`, 'message: サーバが', anchorAt);
      return { text: r.text, expect: [{ offset: r.start + 'message: '.length, message: `"サーバ" is not the glossary term for ${term.concept}; write "${term.ja}" instead (see ${GLOSSARY}).` }] };
    },
  },
  {
    name: 'messages: Chinese with no space between Han and Latin text (style-zh)',
    file: ZH,
    mutate(t) {
      const r = replaceAt(t, 'message: 服务器无法解析 CONNECT 报文', 'message: 服务器无法解析CONNECT 报文');
      return { text: r.text, expect: [{ offset: r.start + 'message: '.length, message: 'Chinese text needs one space between Han and Latin letters or digits, so write "析 C" instead of "析C".' }] };
    },
  },
  {
    name: 'messages: Chinese with a half-width comma (style-zh)',
    file: ZH,
    mutate(t) {
      const r = replaceAt(t, 'message: 服务器拒绝了连接，但未说明具体原因。', 'message: 服务器拒绝了连接,但未说明具体原因');
      const at = r.start + 'message: '.length;
      return {
        text: r.text,
        // One problem per text, the first rule that fails (tools/generator/src/style.ts).
        expect: [{ offset: at, message: 'Chinese prose uses full-width punctuation, so write "，" or "、" instead of ",".' }],
      };
    },
  },
  {
    name: 'messages: a Chinese message without its final 。 (style-zh)',
    file: ZH,
    mutate(t) {
      const r = replaceAt(t, 'message: 服务器不允许此客户端连接。', 'message: 服务器不允许此客户端连接');
      return { text: r.text, expect: [{ offset: r.start + 'message: '.length, message: 'A Chinese sentence ends with "。", so add it at the end.' }] };
    },
  },
  {
    name: 'messages: Chinese glossary, a longer avoided spelling around the chosen term (有效载荷 vs 载荷)',
    file: ZH,
    mutate(t) {
      const glossary = parse(readSpec(REPO, ZH_GLOSSARY)) as { terms: ({ concept: string; avoid?: string[] } & Record<string, string>)[] };
      const term = glossary.terms.find((x) => x.avoid?.includes('有效载荷'));
      if (!term) throw new Error(`fixture is out of date: ${ZH_GLOSSARY} no longer avoids 有效载荷`);
      const r = replaceAt(t, 'hint: &hintPayloadFormat 标记为 UTF-8 的载荷', 'hint: &hintPayloadFormat 标记为 UTF-8 的有效载荷');
      return {
        text: r.text,
        expect: [{ offset: r.start + 'hint: &hintPayloadFormat '.length, message: `"有效载荷" is not the glossary term for ${term.concept}; write "${term['zh-Hans']}" instead (see ${ZH_GLOSSARY}).` }],
      };
    },
  },
  {
    name: 'messages: alias without its anchor',
    file: JA,
    mutate(t) {
      const r = replaceAt(t, ': *connected\n', ': *connectd\n');
      return {
        text: r.text,
        expect: [{ offset: r.start + 2, message: 'The alias *connectd refers to an anchor &connectd that is not defined above it; define the anchor first or write the text out.' }],
      };
    },
  },
  {
    name: 'messages: locale field does not match the file name',
    file: JA,
    mutate(t) {
      const r = replaceAt(t, '\nlocale: ja\n', '\nlocale: de\n');
      return { text: r.text, expect: [{ offset: r.start + '\nlocale: '.length, message: 'This file is ja.yaml, but "locale" says "de"; make them the same.' }] };
    },
  },
  {
    name: 'missing spec file (mqtt-3.1.yaml)',
    file: T31,
    mutate: () => ({ text: null, expect: [{ offset: 0, message: `The spec file ${T31} is missing; restore it from git or create it.` }] }),
  },
  {
    name: 'network: an unknown action',
    file: NETWORK,
    mutate(t) {
      const r = replaceAt(t, 'action: do-not-reconnect', 'action: give-up');
      return { text: r.text, expect: [{ offset: r.start + 'action: '.length, message: /must be one of "none", "reconnect", "back-off"/ }] };
    },
  },
  {
    name: 'network: an error code listed for two kinds',
    file: NETWORK,
    mutate(t) {
      const r = replaceAt(t, 'codes: [EPIPE]', 'codes: [ECONNRESET]');
      return { text: r.text, expect: [{ offset: r.start + 'codes: ['.length, message: 'The error code ECONNRESET already belongs to ConnectionReset; an error code can stand for one kind only.' }] };
    },
  },
  {
    name: 'network: a Japanese text missing for a kind, and one for a kind that does not exist',
    file: JA,
    mutate(t) {
      const r = replaceAt(t, '\n  ClosedByServer:\n', '\n  ClosedByServe:\n', indexOf(t, '\nnetwork:\n'));
      return {
        text: r.text,
        expect: [
          { offset: indexOf(r.text, '\nnetwork:\n') + 1, message: `The network failure ClosedByServer (${NETWORK}) has no text here; add title, message and hint for it under "network".` },
          { offset: r.start + 3, message: `There is no network failure ClosedByServe in ${NETWORK}; remove this entry or fix its identifier.` },
        ],
      };
    },
  },
  {
    name: 'network: a placeholder English does not use',
    file: JA,
    mutate(t) {
      const r = replaceAt(t, 'エラーコードは{code}です。', 'エラーコードは{code}、宛先は{address}です。', indexOf(t, '\n  NetworkError:\n'));
      return { text: r.text, expect: [{ offset: valueStartOnLine(r.text, r.start), message: 'This text has {address}, {address}, {code} but the English text has {address}, {code}; use exactly the placeholders English uses.' }] };
    },
  },
  {
    name: 'missing English messages',
    file: EN,
    mutate: () => ({ text: null, expect: [{ offset: 0, message: 'The English messages file is missing; every other locale falls back to it, so create it.' }] }),
  },
];

function glossaryTermAvoiding(word: string): { concept: string; ja: string } {
  const glossary = parse(readSpec(REPO, GLOSSARY)) as { terms: { concept: string; ja: string; avoid?: string[] }[] };
  const term = glossary.terms.find((x) => x.avoid?.includes(word));
  if (!term) throw new Error(`fixture is out of date: ${GLOSSARY} no longer avoids ${word}`);
  return term;
}

describe('a broken spec is reported at the right place and changes no file', () => {
  afterAll(removeTempRoots);

  it('has enough fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  it.each(cases)('$name', (c) => {
    const root = tempRoot();
    const first = generate(root);
    if (!first.ok) throw new Error(`the spec in this checkout is invalid:\n${first.diagnostics.map(formatDiagnostic).join('\n')}`);
    expect(first.plan.changed).toEqual([...first.outputs.keys()].sort());
    ageOutputs(root);
    const before = snapshot(root);
    expect([...before.keys()]).toEqual([...first.outputs.keys()].sort());

    const original = readSpec(root, c.file);
    const { text, expect: expected } = c.mutate(original, first.model!);
    expect(text).not.toBe(original);
    if (text === null) rmSync(join(root, c.file));
    else writeSpec(root, c.file, text);

    const want = expected
      .map((e) => ({ file: c.file, ...lineCol(text ?? '', e.offset), message: typeof e.message === 'string' ? e.message : expect.stringMatching(e.message) }))
      .sort((a, b) => compareDiagnostics({ ...a, message: '' }, { ...b, message: '' }));
    for (const check of [false, true]) {
      const result = generate(root, { check });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.diagnostics).toEqual(want);
      for (const d of result.diagnostics) expectPlainSentence(d.message);
      expect(snapshot(root)).toEqual(before);
    }
  });
});
