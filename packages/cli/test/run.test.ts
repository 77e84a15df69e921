// Fast tests of the programmatic entry and the terminal formatting; cli.test.ts runs the built command.
import { describe, expect, it } from 'vitest';
import { EXIT, localeFromEnv, run, VERSION, type RunOptions } from '../src/index.js';
import { truncate, useColor, width, wrap } from '../src/format.js';

async function capture(argv: string[], options: Partial<RunOptions> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    ...options,
  });
  return { status, stdout, stderr };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;
// eslint-disable-next-line no-control-regex
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('run()', () => {
  it('returns the exit status and never exits the process', async () => {
    expect((await capture(['explain', '135'])).status).toBe(EXIT.OK);
    expect((await capture(['explain', '0x42'])).status).toBe(EXIT.NOT_FOUND);
    expect((await capture(['explain', '135', '--mqtt', '6'])).status).toBe(EXIT.USAGE);
    expect((await capture(['--help'])).status).toBe(EXIT.OK);
    expect(await capture(['--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('colours a terminal, unless NO_COLOR is set or TERM is dumb', async () => {
    const args = ['explain', '135', '--packet', 'CONNACK'];
    const tty = await capture(args, { isTTY: true });
    expect(tty.stdout).toMatch(ANSI);
    expect(strip(tty.stdout)).toBe((await capture(args)).stdout);
    expect((await capture(args, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await capture(args, { isTTY: true, env: { NO_COLOR: '' } })).stdout).toMatch(ANSI);
    expect((await capture(args, { isTTY: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI);
    expect((await capture(args, { isTTY: false })).stdout).not.toMatch(ANSI);
    expect((await capture(['list'], { isTTY: true, env: { NO_COLOR: 'yes' } })).stdout).not.toMatch(ANSI);
  });

  it('on a terminal of known width, wraps long texts under their label and fits table rows', async () => {
    for (const lang of ['en', 'ja', 'zh']) {
      const explain = await capture(['explain', '0x9C', '--lang', lang], { isTTY: true, columns: 60, env: { NO_COLOR: '1' } });
      const lines = explain.stdout.split('\n');
      // Every line fits, except a URL, which is never split.
      for (const line of lines) if (!/https:\/\//.test(line)) expect(width(line), line).toBeLessThanOrEqual(60);
      expect(lines.some((l) => /^ {12,}\S/.test(l))).toBe(true);
      const list = await capture(['list', '--packet', 'CONNACK', '--lang', lang], { isTTY: true, columns: 100, env: { NO_COLOR: '1' } });
      for (const line of list.stdout.trimEnd().split('\n')) expect(width(line), line).toBeLessThanOrEqual(100);
    }
    // Piped: one line per field, never cut.
    const piped = await capture(['list', '--packet', 'CONNACK'], { columns: 40 });
    expect(piped.stdout).not.toContain('…');
  });
});

describe('localeFromEnv', () => {
  it('takes the first non-empty of LC_ALL, LC_MESSAGES, LANG', () => {
    expect(localeFromEnv({ LC_ALL: 'ja_JP.UTF-8', LC_MESSAGES: 'en_US', LANG: 'en_US' })).toBe('ja');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'ja_JP', LANG: 'en_US' })).toBe('ja');
    expect(localeFromEnv({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(localeFromEnv({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LANG: 'POSIX' })).toBe('en');
    expect(localeFromEnv({})).toBe('en');
    expect(localeFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-Hans');
    expect(localeFromEnv({ LC_ALL: 'zh_SG.UTF-8' })).toBe('zh-Hans');
    expect(localeFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('en');
  });
});

describe('formatting', () => {
  it('measures East Asian wide characters as two columns and ignores colour', () => {
    expect(width('abc')).toBe(3);
    expect(width('接続')).toBe(4);
    expect(width('（0x87）')).toBe(8);
    expect(width('\u001b[31mエラー\u001b[39m')).toBe(6);
  });

  it('wraps Japanese between characters but never before 。、）', () => {
    const text = 'サーバーは接続を拒否し、当面は別のサーバーを使うよう求めています。';
    const lines = wrap(text, 24);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(width(line)).toBeLessThanOrEqual(24);
      expect(line).not.toMatch(/^[、。）]/);
    }
  });

  it('wraps English between words only', () => {
    const lines = wrap('The server refused the connection because it has moved permanently to another server.', 30);
    expect(lines.join(' ')).toBe('The server refused the connection because it has moved permanently to another server.');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
  });

  it('truncates with an ellipsis', () => {
    expect(truncate('Not authorized to connect', 10)).toBe('Not autho…');
    expect(width(truncate('接続の権限なし', 7))).toBeLessThanOrEqual(7);
  });

  it('decides colour: flag, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(useColor({}, true, undefined)).toBe(true);
    expect(useColor({}, false, undefined)).toBe(false);
    expect(useColor({ NO_COLOR: '1' }, true, undefined)).toBe(false);
    expect(useColor({ NO_COLOR: '1', FORCE_COLOR: '1' }, false, undefined)).toBe(false);
    expect(useColor({ FORCE_COLOR: '' }, false, undefined)).toBe(true);
    expect(useColor({ FORCE_COLOR: 'false' }, true, undefined)).toBe(false);
    expect(useColor({ NO_COLOR: '1' }, false, true)).toBe(true);
    expect(useColor({}, true, false)).toBe(false);
  });
});

describe('tables of core and i18n', () => {
  it('the installed core and i18n come from the same table; a mismatch is one clear line', async () => {
    const { TABLE_FINGERPRINT: core } = await import('@org/mqtt-codes-core');
    const { TABLE_FINGERPRINT: i18n } = await import('@org/mqtt-codes-i18n');
    expect(core).toMatch(/^[0-9a-f]{16}$/);
    expect(i18n).toBe(core);
    const { tableMismatch } = await import('../src/run.js');
    const { uiFor } = await import('../src/ui.js');
    expect(tableMismatch(core, i18n, uiFor('en'))).toBeUndefined();
    expect(tableMismatch('aaaa', 'bbbb', uiFor('en'))).toBe(
      '@org/mqtt-codes-core and @org/mqtt-codes-i18n come from different releases of the table (aaaa and bbbb), so some codes may lack a text; install the same version of both.',
    );
    expect(tableMismatch('aaaa', 'bbbb', uiFor('ja'))).toMatch(/^@org\/mqtt-codes-coreと@org\/mqtt-codes-i18nが別のリリース.*インストールしてください。$/);
  });
});
