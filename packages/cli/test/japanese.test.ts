// --lang ja, or a Japanese LANG / LC_*, localizes everything the command says.
import { PACKETS, reasonCodes } from '@org/mqtt-codes-core';
import { describe, expect, it } from 'vitest';
import { en, ja } from '../src/generated/texts.js';
import { capture, OUTCOMES } from './support.js';

/** English words the command's own English texts use; none may appear in Japanese output. */
const ENGLISH = /\b(the|is|not|use|option|command|give|run|usage|options|examples|did you mean|no code|packet that|carries|reason code|return code)\b/i;
/** The standard's names of the codes: facts, shown in English in every language. */
const STANDARD_NAMES = ([5, 4, 3] as const)
  .flatMap((v) => PACKETS.flatMap((p) => reasonCodes(p, v).map((r) => r.title)))
  .sort((a, b) => b.length - a.length);
/** What the user typed (echoed back) and what is English by nature: names, options, URLs, usage syntax. */
const strip = (s: string) => {
  let out = s.replace(/https:\/\/\S+/g, '').replace(/'[^']*'|「[^」]*」/g, '');
  for (const name of STANDARD_NAMES) out = out.split(name).join('');
  return out
    .replace(/\b(mqtt-codes|explain|list|help|not-authorized|Not authorized|NotAuthorised|explian|nope|MQTT [\d.]+)\b/g, '')
    .replace(/--?[a-z][\w-]*( <\w+>)?|<\w+>|\[\w+\]/g, '');
};

describe('Japanese', () => {
  it.each(OUTCOMES)('%j: stdout and stderr are Japanese with --lang ja and with LANG=ja_JP.UTF-8', async (args) => {
    const byFlag = await capture([...args, '--lang', 'ja']);
    const byEnv = await capture(args, { env: { LANG: 'ja_JP.UTF-8' } });
    for (const r of [byFlag, byEnv]) {
      for (const out of [r.stdout, r.stderr]) {
        if (out === '') continue;
        expect(out).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        // Titles and messages of codes are checked by the i18n tests; here the command's own words.
        const words = out.split('\n').filter((l) => !/^\s+(Meaning|Hint|意味|対処)\s/.test(l));
        expect(strip(words.join('\n')), out).not.toMatch(ENGLISH);
      }
    }
    // The environment and the flag give the same output (unless the arguments have a --lang of their own).
    if (!args.includes('--lang')) expect(byEnv.stderr).toBe(byFlag.stderr);
  });

  it('--help is Japanese, for the command and each subcommand', async () => {
    for (const args of [['--help'], ['explain', '--help'], ['help', 'list']]) {
      const r = await capture([...args, '--lang', 'ja']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^使い方：mqtt-codes /);
      for (const heading of ['オプション：', '例：', '終了ステータス：', '環境変数：']) expect(r.stdout).toContain(heading);
      expect(strip(r.stdout)).not.toMatch(ENGLISH);
    }
  });

  it('the retry wording of review point A16 and the kind line', async () => {
    const r = await capture(['explain', '135', 'CONNACK', '--lang', 'ja']);
    expect(r.stdout).toMatch(/種別 +エラー（そのまま再試行しても成功しません）/);
    expect(ja.labels.kindInvestigate).toBe('エラー（そのまま再試行しても成功は見込めません）');
    expect(en.labels.kindInvestigate).toBe('error; retrying unchanged is not expected to help');
  });

  it('every text English has is translated, with the same placeholders', () => {
    for (const group of ['labels', 'help', 'messages'] as const) {
      expect(Object.keys(ja[group])).toEqual(Object.keys(en[group]));
      for (const [key, text] of Object.entries(en[group])) {
        const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names(ja[group][key as keyof (typeof en)[typeof group]]), `${group}.${key}`).toEqual(names(text));
      }
    }
  });
});

describe('no placeholder is left unfilled', () => {
  it.each(['en', 'ja'])('%s', async (lang) => {
    const runs = [...OUTCOMES.map(([a]) => a), ['--help'], ['explain', '--help'], ['list', '--help'], ['list', '--mqtt', '3'], ['explain', '0x9C'], ['explain', '5'], ['list', 'CONNACK', '--errors']];
    for (const args of runs) {
      for (const json of [false, true]) {
        const r = await capture([...args, '--lang', lang, ...(json ? ['--json'] : [])]);
        expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(/\{[A-Za-z]+\}/);
      }
    }
  });
});
