// The acceptance tests: each runs the BUILT command (`node dist/cli.js …`) as a subprocess.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, BIN, CLI, PKG, assertBuilt, mqttCodes } from './helpers.js';
import { ABSENT, specLocales } from '../../../tools/test-support/locales.mjs';

beforeAll(assertBuilt);

/** Every key of every object, in order, with arrays reduced to their first element. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return value === null ? 'null' : typeof value;
}

const ENTRY_KEYS = [
  'packet',
  'version',
  'code',
  'hex',
  'name',
  'standardName',
  'sentBy',
  'isError',
  'retryable',
  'action',
  'actionLabel',
  'title',
  'message',
  'hint',
  'specSection',
  'specUrl',
  'mapping',
];
const MAPPING_KEYS = ['version', 'protocol', 'code', 'hex', 'name', 'standardName'];
const EXPLAIN_KEYS = ['schemaVersion', 'command', 'query', 'version', 'protocol', 'packet', 'locale', 'code', 'hex', 'found', 'error', 'results'];
const LIST_KEYS = ['schemaVersion', 'command', 'version', 'protocol', 'packet', 'errorsOnly', 'locale', 'count', 'error', 'results'];
const ERROR_KEYS = ['type', 'id', 'message'];
const USAGE_KEYS = ['schemaVersion', 'command', 'locale', 'error'];

describe('explain', () => {
  it('explains 135 in every MQTT 5.0 packet where it is defined, in English by default', () => {
    const r = mqttCodes(['explain', '135']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const blocks = r.stdout.split(/\n(?=[A-Z]+ — )/);
    expect(blocks[0]).toContain('MQTT 5.0 reason code 0x87 (135): valid in 6 packets (CONNACK, PUBACK, PUBREC, SUBACK, UNSUBACK, DISCONNECT)');
    expect(blocks.slice(1).map((b) => b.slice(0, b.indexOf(' ')))).toEqual(['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK', 'DISCONNECT']);
    const connack = blocks[1]!;
    expect(connack).toContain('CONNACK — Not authorized to connect');
    expect(connack).toMatch(/Value +135 \(0x87\)/);
    expect(connack).toMatch(/Name +NotAuthorized \(standard name: "Not authorized"\)/);
    expect(connack).toMatch(/Sent by +server\n/);
    expect(connack).toMatch(/Kind +error; retrying unchanged will not help/);
    expect(connack).toMatch(/Action +Ask for permission \(ask-permission\)\n/);
    expect(connack).toMatch(/Meaning +The server did not allow this client to connect\./);
    expect(connack).toMatch(/Hint +First check the user name and password: /);
    expect(connack).toMatch(/MQTT 3\.1\.1 +CONNACK 5 \(0x05\) NotAuthorized \("Connection Refused, not authorized"\)/);
    expect(connack).toMatch(/Spec +MQTT 5\.0 §3\.2\.2\.2 https:\/\/docs\.oasis-open\.org\/mqtt\/mqtt\/v5\.0\/os\/mqtt-v5\.0-os\.html#_Toc3901079/);
    expect(blocks[2]).toMatch(/Sent by +client, server/);
    expect(blocks[2]).toMatch(/MQTT 3\.1\.1 +none: PUBACK carries no return code in MQTT 3\.1\.1/);
    expect(blocks[4]).toMatch(/MQTT 3\.1\.1 +SUBACK 128 \(0x80\) Failure/);
  });

  it('explains in Japanese with --lang ja, with Japanese labels and glossary terms', () => {
    const r = mqttCodes(['explain', '135', '--lang', 'ja', '--packet', 'CONNACK']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('MQTT 5.0のCONNACKの理由コード0x87（135）');
    expect(r.stdout).toContain('CONNACK — 接続の権限なし');
    expect(r.stdout).toMatch(/値 +135（0x87）/);
    expect(r.stdout).toMatch(/名前 +NotAuthorized（規格での名称：Not authorized）/);
    expect(r.stdout).toMatch(/送信側 +サーバー\n/);
    expect(r.stdout).toMatch(/種別 +エラー（そのまま再試行しても成功しません）/);
    expect(r.stdout).toMatch(/方針 +権限の付与を依頼（ask-permission）\n/);
    expect(r.stdout).toMatch(/意味 +サーバーはこのクライアントの接続を許可しませんでした。/);
    expect(r.stdout).toMatch(/対処 +\S+/);
    expect(r.stdout).toMatch(/MQTT 3\.1\.1 +CONNACK 5（0x05）NotAuthorized（Connection Refused, not authorized）/);
    expect(r.stdout).toMatch(/規格 +MQTT 5\.0 3\.2\.2\.2節 https:\/\/docs\.oasis-open\.org\//);
    // spec/glossary.ja.yaml: 送信側 (not 送信元), サーバー (not サーバ or ブローカー).
    expect(r.stdout).not.toMatch(/送信元|ブローカー|サーバ(?!ー)/);
  });

  it('explains in Simplified Chinese with --lang zh (zh-CN, zh-Hans, zh_CN.UTF-8 alike); zh-TW gives English', () => {
    const r = mqttCodes(['explain', '135', '--lang', 'zh', '--packet', 'CONNACK']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('MQTT 5.0 CONNACK 的原因码 0x87（135）');
    expect(r.stdout).toMatch(/名称 +NotAuthorized（规范中的名称：Not authorized）/);
    expect(r.stdout).toMatch(/发送方 +服务器\n/);
    expect(r.stdout).toMatch(/处理建议 +请先检查用户名和密码/);
    expect(r.stdout).toMatch(/规范 +MQTT 5\.0 第 3\.2\.2\.2 节 https:\/\/docs\.oasis-open\.org\//);
    expect(r.stdout).not.toMatch(/服务端|发送者|[\u3040-\u30ff]/);
    for (const lang of ['zh-CN', 'zh-Hans', 'zh_CN.UTF-8']) expect(mqttCodes(['explain', '135', '--lang', lang, '--packet', 'CONNACK']).stdout).toBe(r.stdout);
    expect(mqttCodes(['explain', '135', '--lang', 'zh-TW', '--packet', 'CONNACK']).stdout).toBe(mqttCodes(['explain', '135', '--packet', 'CONNACK']).stdout);
  });

  it.each([['135'], ['0x87'], ['0X87'], ['NotAuthorized'], ['notauthorized']])('accepts %s for the same code', (code) => {
    const r = mqttCodes(['explain', code, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { code: number; results: { packet: string; name: string }[] };
    expect(json.code).toBe(0x87);
    expect(json.results.map((e) => e.packet)).toEqual(['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK', 'DISCONNECT']);
    expect(new Set(json.results.map((e) => e.name))).toEqual(new Set(['NotAuthorized']));
  });

  it('narrows to one packet with --packet (any case)', () => {
    const r = mqttCodes(['explain', '0x87', '--packet', 'suback']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('MQTT 5.0 SUBACK reason code 0x87 (135)\n')).toBe(true);
    expect(r.stdout).toContain('SUBACK — Not authorized to subscribe');
    expect(r.stdout).not.toContain('CONNACK');
  });

  it('a name matches only the rows with that name: 0x00 is NormalDisconnection only in DISCONNECT', () => {
    const json = JSON.parse(mqttCodes(['explain', 'NormalDisconnection', '--json']).stdout) as { results: { packet: string }[] };
    expect(json.results.map((e) => e.packet)).toEqual(['DISCONNECT']);
    expect((JSON.parse(mqttCodes(['explain', '0', '--json']).stdout) as { results: unknown[] }).results.length).toBeGreaterThan(1);
  });

  it('--mqtt 4: 4 is CONNACK BadUserNameOrPassword; in 5.0, 4 is DISCONNECT DisconnectWithWillMessage', () => {
    const v4 = mqttCodes(['explain', '4', '--mqtt', '4']);
    expect(v4.status).toBe(0);
    expect(v4.stdout).toContain('MQTT 3.1.1 return code 4 (0x04): valid in 1 packet (CONNACK)');
    expect(v4.stdout).toMatch(/Name +BadUserNameOrPassword /);
    expect(v4.stdout).toMatch(/MQTT 5\.0 +CONNACK 0x86 \(134\) BadUserNameOrPassword/);
    expect(v4.stdout).toMatch(/Spec +MQTT 3\.1\.1 §3\.2\.2\.3 https:\/\/docs\.oasis-open\.org\/mqtt\/mqtt\/v3\.1\.1\//);
    const v5 = mqttCodes(['explain', '4']);
    expect(v5.status).toBe(0);
    expect(v5.stdout).toContain('valid in 1 packet (DISCONNECT)');
    expect(v5.stdout).toMatch(/Name +DisconnectWithWillMessage /);
    expect(mqttCodes(['explain', '4', '--mqtt', '3']).stdout).toMatch(/Spec +MQTT 3\.1 §3\.2 /);
  });

  it('a reserved code: exit 1 with one line on stderr, nothing on stdout', () => {
    const r = mqttCodes(['explain', '0x42']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mqtt-codes: 0x42 (66) is not a reason code in MQTT 5.0: the value is reserved in every packet.\n');
    const ja = mqttCodes(['explain', '0x42', '--lang', 'ja']);
    expect(ja.status).toBe(1);
    expect(ja.stderr).toBe('mqtt-codes: 0x42（66）はMQTT 5.0の理由コードではありません（どのパケットでも予約済みの値です）。\n');
  });

  it('a code valid elsewhere but not in the chosen packet: exit 1, saying where it is valid', () => {
    const r = mqttCodes(['explain', '0x8E', '--packet', 'CONNACK']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mqtt-codes: In MQTT 5.0, CONNACK has no reason code 0x8E (142); it is valid in DISCONNECT.\n');
    const v4 = mqttCodes(['explain', '0x80', '--packet', 'CONNACK', '--mqtt', '4']);
    expect(v4.status).toBe(1);
    expect(v4.stderr).toBe('mqtt-codes: In MQTT 3.1.1, CONNACK has no return code 0x80 (128); it is valid in SUBACK.\n');
    // No article to get wrong ("a AUTH"), in either language.
    expect(mqttCodes(['explain', '0x87', 'AUTH']).stderr).toBe('mqtt-codes: In MQTT 5.0, AUTH has no reason code 0x87 (135); it is valid in CONNACK, PUBACK, PUBREC, SUBACK, UNSUBACK, DISCONNECT.\n');
    expect(mqttCodes(['explain', '0x87', 'AUTH', '--lang', 'ja']).stderr).toBe('mqtt-codes: MQTT 5.0のAUTHには理由コード0x87（135）はありません（CONNACK、PUBACK、PUBREC、SUBACK、UNSUBACK、DISCONNECTでは有効です）。\n');
  });

  it('an unknown code or name points to the version or name that has it', () => {
    expect(mqttCodes(['explain', '5']).stderr).toBe(
      'mqtt-codes: 0x05 (5) is not a reason code in MQTT 5.0: the value is reserved in every packet. In MQTT 3.1.1, CONNACK 5 is NotAuthorized (use --mqtt 4).\n',
    );
    const typo = mqttCodes(['explain', 'NotAuthorised']);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toBe('mqtt-codes: No MQTT 5.0 reason code is named NotAuthorised. Did you mean NotAuthorized?\n');
    expect(mqttCodes(['explain', 'ConnectionAccepted']).stderr).toContain('In MQTT 3.1.1, CONNACK 0 is ConnectionAccepted (use --mqtt 4).');
    const ja = mqttCodes(['explain', 'not-authorised', '--lang', 'ja']);
    expect(ja.status).toBe(1);
    expect(ja.stderr).toBe('mqtt-codes: not-authorisedという名前のMQTT 5.0の理由コードはありません。NotAuthorizedのことですか？\n');
  });

  it('--json: documented keys in a stable order', () => {
    const r = mqttCodes(['explain', '0x87', '--packet', 'CONNACK', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown> & { results: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(EXPLAIN_KEYS);
    expect(Object.keys(json.results[0]!)).toEqual(ENTRY_KEYS);
    expect(Object.keys(json.results[0]!.mapping as object)).toEqual(MAPPING_KEYS);
    expect(json).toMatchObject({ schemaVersion: 1, command: 'explain', query: '0x87', version: 5, protocol: '5.0', packet: 'CONNACK', locale: 'en', code: 135, hex: '0x87', found: true, error: null });
    expect(json.results[0]).toEqual({
      packet: 'CONNACK',
      version: 5,
      code: 135,
      hex: '0x87',
      name: 'NotAuthorized',
      standardName: 'Not authorized',
      sentBy: ['server'],
      isError: true,
      retryable: false,
      action: 'ask-permission',
      actionLabel: 'Ask for permission',
      title: 'Not authorized to connect',
      message: 'The server did not allow this client to connect.',
      hint: expect.any(String),
      specSection: '3.2.2.2',
      specUrl: 'https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079',
      mapping: { version: 4, protocol: '3.1.1', code: 5, hex: '0x05', name: 'NotAuthorized', standardName: 'Connection Refused, not authorized' },
    });
    // Same output every run: nothing depends on time or order of iteration.
    expect(mqttCodes(['explain', '0x87', '--packet', 'CONNACK', '--json']).stdout).toBe(r.stdout);
  });

  it('--json when nothing is found: found false, the explanation in error, exit 1', () => {
    const r = mqttCodes(['explain', '0x42', '--json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(EXPLAIN_KEYS);
    expect(json).toMatchObject({ found: false, code: 66, hex: '0x42', results: [], error: { type: 'not-found', id: 'reserved-code', message: expect.stringContaining('reserved') } });
    expect(Object.keys(json.error as object)).toEqual(ERROR_KEYS);
    expect(r.stderr).toBe(`mqtt-codes: ${(json.error as { message: string }).message}\n`);
    const unknownName = JSON.parse(mqttCodes(['explain', 'Nope', '--json']).stdout) as Record<string, unknown>;
    expect(unknownName).toMatchObject({ found: false, code: null, hex: null });
  });
});

describe('list', () => {
  it('list --packet CONNACK --errors --json: only CONNACK errors, keys in order', () => {
    const r = mqttCodes(['list', '--packet', 'CONNACK', '--errors', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown> & { results: { packet: string; isError: boolean; code: number }[] };
    expect(Object.keys(json)).toEqual(LIST_KEYS);
    expect(json).toMatchObject({ schemaVersion: 1, command: 'list', version: 5, protocol: '5.0', packet: 'CONNACK', errorsOnly: true, locale: 'en' });
    expect(json.count).toBe(json.results.length);
    expect(json.results.length).toBe(21);
    expect(json.results.every((e) => e.packet === 'CONNACK' && e.isError && e.code >= 0x80)).toBe(true);
    expect(shape(json.results[0])).toEqual(shape(JSON.parse(mqttCodes(['explain', '0x80', '--packet', 'CONNACK', '--json']).stdout).results[0]));
  });

  it('list --mqtt 4: the 3.1.1 CONNACK and SUBACK return codes as a plain table', () => {
    const r = mqttCodes(['list', '--mqtt', '4']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('MQTT 3.1.1 return codes: 10');
    expect(lines[2]).toMatch(/^PACKET +VALUE +HEX +NAME +SENT BY +KIND +ACTION +TITLE$/);
    expect(lines.slice(3).map((l) => l.split(/ +/).slice(0, 4).join(' '))).toEqual([
      'CONNACK 0 0x00 ConnectionAccepted',
      'CONNACK 1 0x01 UnacceptableProtocolVersion',
      'CONNACK 2 0x02 IdentifierRejected',
      'CONNACK 3 0x03 ServerUnavailable',
      'CONNACK 4 0x04 BadUserNameOrPassword',
      'CONNACK 5 0x05 NotAuthorized',
      'SUBACK 0 0x00 GrantedQoS0',
      'SUBACK 1 0x01 GrantedQoS1',
      'SUBACK 2 0x02 GrantedQoS2',
      'SUBACK 128 0x80 Failure',
    ]);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('aligns Japanese columns by display width', () => {
    const r = mqttCodes(['list', '--mqtt', '4', '--lang', 'ja']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('MQTT 3.1.1のリターンコード：10件');
    const rows = r.stdout.trimEnd().split('\n').slice(2);
    const kindColumn = (line: string) => {
      let w = 0;
      for (const ch of line.slice(0, line.search(/正常|エラー|種別/))) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
      return w;
    };
    expect(new Set(rows.map(kindColumn)).size).toBe(1);
  });

  it('a filter that matches nothing exits 1 with one line', () => {
    const r = mqttCodes(['list', '--packet', 'AUTH', '--errors']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mqtt-codes: No code matches.\n');
    const json = JSON.parse(mqttCodes(['list', 'AUTH', '--errors', '--json']).stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(LIST_KEYS);
    expect(json).toMatchObject({ count: 0, results: [], error: { type: 'not-found', id: 'no-match', message: 'No code matches.' } });
  });

  it.each([
    [['list', 'DISCONNECT'], 'DISCONNECT', 5],
    [['list', 'disconnect'], 'DISCONNECT', 5],
    [['list', 'suback', '--mqtt', '4'], 'SUBACK', 4],
    [['list', '--mqtt', '4', 'CONNACK'], 'CONNACK', 4],
    [['list', 'CONNACK', '--packet', 'connack'], 'CONNACK', 5],
  ])('takes the packet as an argument: %j', (args, packet, version) => {
    const text = mqttCodes(args);
    expect(text.status).toBe(0);
    expect(text.stdout).toBe(mqttCodes(['list', '--packet', packet, '--mqtt', String(version)]).stdout);
    const json = JSON.parse(mqttCodes([...args, '--json']).stdout) as { packet: string; results: { packet: string }[] };
    expect(json.packet).toBe(packet);
    expect(new Set(json.results.map((e) => e.packet))).toEqual(new Set([packet]));
  });

  it('list DISCONNECT --mqtt 4: DISCONNECT has no 3.1.1 return code (exit 2, says what to use)', () => {
    const r = mqttCodes(['list', 'DISCONNECT', '--mqtt', '4']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('mqtt-codes: DISCONNECT carries no return code in MQTT 3.1.1; use CONNACK or SUBACK, or --mqtt 5 for the DISCONNECT reason codes.');
  });
});

describe('usage', () => {
  it.each([
    [['explain', '135', '--mqtt', '6'], "'6' is not a protocol level; use 5 (MQTT 5.0), 4 (MQTT 3.1.1) or 3 (MQTT 3.1).", 'explain'],
    [['explain', '135', '--packet', 'CONNECT'], "'CONNECT' is not a packet that carries a code; use one of CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP, SUBACK, UNSUBACK, DISCONNECT, AUTH. Did you mean CONNACK?", 'explain'],
    [['explain', '135', 'CONNECT'], "'CONNECT' is not a packet that carries a code;", 'explain'],
    [['explain'], 'Give the code to explain, such as 135, 0x87 or NotAuthorized.', 'explain'],
    [['explain', '135', '--frobnicate'], 'There is no option --frobnicate.', 'explain'],
    [['explain', '135', '--jsn'], 'There is no option --jsn. Did you mean --json?', 'explain'],
    [['explain', '135', '--errors'], 'The option --errors belongs to list only.', 'explain'],
    [['explain', '135', '--mqtt'], 'The option --mqtt needs a value.', 'explain'],
    [['explain', '256'], "'256' is not a code; write a value from 0 to 255 (135 or 0x87) or a name such as NotAuthorized.", 'explain'],
    [['explain', '0x'], "'0x' is not a code;", 'explain'],
    [['explain', '135', 'CONNACK', 'SUBACK'], "Too many arguments for explain: 'SUBACK'.", 'explain'],
    [['explain', '135', 'CONNACK', '--packet', 'SUBACK'], 'The packet is given twice, as SUBACK and as CONNACK; give it once.', 'explain'],
    [['explain', '135', '--lang', ABSENT[0]], `'${ABSENT[0]}' is not a language of this command; use one of ${specLocales().join(', ')}.`, 'explain'],
    [['list', '--packet', 'PUBACK', '--mqtt', '4'], 'PUBACK carries no return code in MQTT 3.1.1; use CONNACK or SUBACK, or --mqtt 5 for the PUBACK reason codes.', 'list'],
    [['list', '--mqtt', 'five'], "'five' is not a protocol level;", 'list'],
    [['list', 'CONNACK', 'SUBACK'], "Too many arguments for list: 'SUBACK'.", 'list'],
  ])('%j exits 2 with the problem and where to read more', (args, problem, command) => {
    const r = mqttCodes(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`mqtt-codes: ${problem}`);
    expect(lines[1]).toBe(`Run 'mqtt-codes ${command} --help' for usage and examples.`);
  });

  it('an unknown command exits 2 with a suggestion', () => {
    const r = mqttCodes(['explian', '135']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("mqtt-codes: There is no command explian. Did you mean explain?\nRun 'mqtt-codes --help' for usage and examples.\n");
  });

  it('no command prints the help on stderr and exits 2', () => {
    const r = mqttCodes([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: mqtt-codes <command> [options]');
  });

  it('--help on stdout, exit 0, with examples, exit statuses and environment', () => {
    const top = mqttCodes(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toContain('Usage: mqtt-codes <command> [options]');
    for (const text of ['explain <code> [packet]', 'list [packet]', 'Exit status:\n  0 success, 1 nothing found', 'LC_ALL, LC_MESSAGES, LANG', 'NO_COLOR']) {
      expect(top.stdout).toContain(text);
    }
    const explain = mqttCodes(['explain', '--help']);
    expect(explain.status).toBe(0);
    for (const option of ['--packet <packet>', '--mqtt <version>', '--lang <locale>', '--json', '--no-color']) expect(explain.stdout).toContain(option);
    expect(explain.stdout).toContain('$ mqtt-codes explain 135');
    const list = mqttCodes(['help', 'list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('--errors');
    // For list, 1 means that nothing matched, not an unknown code.
    expect(list.stdout).toContain('Exit status:\n  0 at least one code listed, 1 nothing matched');
    expect(list.stdout).not.toMatch(/unknown|reserved/);
    expect(explain.stdout).toContain('Exit status:\n  0 found, 1 unknown or reserved code');
  });

  it('--version prints the version from package.json', () => {
    const r = mqttCodes(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${PKG.version}\n`);
  });
});

describe('language from the environment', () => {
  it.each([
    [{ LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'ja_JP.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' }, 'ja'],
    [{ LC_MESSAGES: 'ja_JP.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.eucJP' }, 'ja'],
    [{ LC_ALL: '', LANG: 'ja' }, 'ja'],
    [{ LANG: `${ABSENT[0]}_FR.UTF-8` }, 'en'],
    [{}, 'en'],
  ])('%j gives %s', (env, locale) => {
    const r = mqttCodes(['explain', '135', '--packet', 'CONNACK', '--json'], env);
    expect((JSON.parse(r.stdout) as { locale: string }).locale).toBe(locale);
  });

  it('LANG=ja_JP.UTF-8 gives Japanese text; --lang overrides the environment', () => {
    expect(mqttCodes(['explain', '135', '--packet', 'CONNACK'], { LANG: 'ja_JP.UTF-8' }).stdout).toContain('接続の権限なし');
    expect(mqttCodes(['explain', '135', '--packet', 'CONNACK', '--lang', 'en'], { LANG: 'ja_JP.UTF-8' }).stdout).toContain('Not authorized to connect');
    expect(mqttCodes(['explain', '135', '--packet', 'CONNACK', '--lang', 'ja-JP']).stdout).toContain('接続の権限なし');
  });
});

describe('colour', () => {
  const args = ['explain', '135', '--packet', 'CONNACK'];
  it('is off when piped, even with a colour-capable TERM', () => {
    expect(mqttCodes(args, { TERM: 'xterm-256color' }).stdout).not.toMatch(ANSI);
  });
  it('FORCE_COLOR=1 turns it on; NO_COLOR and FORCE_COLOR=0 keep it off', () => {
    const forced = mqttCodes(args, { FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(ANSI);
    expect(forced.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(mqttCodes(args).stdout);
    expect(mqttCodes(args, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(mqttCodes(args, { FORCE_COLOR: '0' }).stdout).not.toMatch(ANSI);
  });
  it('--color and --no-color override the environment', () => {
    expect(mqttCodes([...args, '--color']).stdout).toMatch(ANSI);
    expect(mqttCodes([...args, '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
  });
  it('--json never contains colour', () => {
    expect(mqttCodes([...args, '--json'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
  });

  // A real pseudo-terminal through util-linux `script`, where available.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('is on for a terminal, and off there with NO_COLOR', () => {
    const onTty = (env: Record<string, string>) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" ${args.join(' ')}`, '/dev/null'], {
        env: { PATH: process.env.PATH ?? '', TERM: 'xterm', ...env },
        encoding: 'utf8',
        timeout: 15_000,
      }).stdout;
    expect(onTty({})).toMatch(ANSI);
    expect(onTty({ NO_COLOR: '1' })).not.toMatch(ANSI);
    expect(onTty({ NO_COLOR: '1' })).toContain('Not authorized to connect');
  });
});

describe('package', () => {
  it('depends only on @org packages', () => {
    expect(Object.keys(PKG.dependencies).sort()).toEqual(['@org/mqtt-codes-core', '@org/mqtt-codes-i18n']);
  });

  it('the installed bin runs the built command', () => {
    expect(Object.keys(PKG.bin)).toEqual(['mqtt-codes']);
    const r = mqttCodes(['explain', '135', '--packet', 'CONNACK'], {}, BIN);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(mqttCodes(['explain', '135', '--packet', 'CONNACK']).stdout);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" list | head -n 1`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.stdout).toMatch(/^MQTT 5\.0 reason codes: \d+\n$/);
    expect(r.stderr).toBe('');
  });
});

describe('hostile surroundings', () => {
  const sh = (script: string) => spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 15_000 });
  const cli = `"${process.execPath}" "${CLI}"`;

  it.skipIf(!existsSync('/dev/full'))('a full disk: one line on stderr, exit 1, no stack trace', () => {
    for (const [args, line] of [
      ['list', /^mqtt-codes: Could not write the output \(ENOSPC: no space left on device, write\)\.$/],
      ['list --lang ja', /^mqtt-codes: 出力を書き込めませんでした（ENOSPC: .*）。$/],
      ['explain 135 --json', /^mqtt-codes: Could not write the output/],
    ] as const) {
      const r = sh(`${cli} ${args} > /dev/full`);
      expect(r.status, args).toBe(1);
      expect(r.stderr.trimEnd().split('\n'), args).toHaveLength(1);
      expect(r.stderr.trimEnd(), args).toMatch(line);
    }
  });

  it('a usage error with stderr closed still exits 2 (and a not-found code 1)', () => {
    expect(sh(`${cli} explain 999 2>&-`).status).toBe(2);
    expect(sh(`${cli} explain --frobnicate 135 2>&-`).status).toBe(2);
    expect(sh(`${cli} explain 0x42 2>&-`).status).toBe(1);
    expect(sh(`${cli} explain 135 2>&- >/dev/null`).status).toBe(0);
  });

  it('a 128 KB argument is not echoed whole', () => {
    const huge = 'x'.repeat(128_000);
    for (const args of [['explain', huge], ['explain', `9${huge.replace(/x/g, '9')}`], ['explain', '135', `--${huge}`], ['list', '--mqtt', huge], ['list', huge], ['explain', '135', 'CONNACK', huge], [huge]]) {
      const r = mqttCodes(args);
      expect(r.status).not.toBe(0);
      expect(r.stderr.length, args[0]).toBeLessThan(400);
      expect(r.stderr).toContain('…');
    }
  });
});

