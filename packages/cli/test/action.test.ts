// explain and list show each row's action (text and JSON, localized), and the kind line follows it.
import { PACKETS, actionOf, reasonCodes } from '@org/mqtt-codes-core';
import { getActionLabel } from '@org/mqtt-codes-i18n';
import { describe, expect, it } from 'vitest';
import type { ExplainJson, ListJson } from '../src/index.js';
import { capture } from './support.js';

const KIND = {
  en: { retry: 'error; the same operation may succeed later', no: 'error; retrying unchanged will not help', investigate: 'error; retrying unchanged is not expected to help', ok: 'not an error' },
  ja: { retry: 'エラー（後で同じ操作をすると成功する可能性があります）', no: 'エラー（そのまま再試行しても成功しません）', investigate: 'エラー（そのまま再試行しても成功は見込めません）', ok: 'エラーではありません' },
} as const;

describe('action', () => {
  it.each(['en', 'ja'] as const)('every row, %s: JSON action and label, the Action line and the kind line', async (lang) => {
    for (const version of [5, 4, 3] as const) {
      const all = JSON.parse((await capture(['list', '--mqtt', String(version), '--json', '--lang', lang])).stdout) as ListJson;
      expect(all.count).toBe(PACKETS.reduce((n, p) => n + reasonCodes(p, version).length, 0));
      for (const e of all.results) {
        expect(e.action, `${e.packet} ${e.hex}`).toBe(actionOf(e.packet, e.code, version));
        expect(e.actionLabel).toBe(getActionLabel(e.action, { locale: lang }));
        const text = (await capture(['explain', String(e.code), e.packet, '--mqtt', String(version), '--lang', lang])).stdout;
        const label = lang === 'en' ? 'Action' : '方針';
        expect(text).toMatch(new RegExp(`\\n  ${label} +${e.actionLabel.replace(/[()]/g, '\\$&')}${lang === 'en' ? ' \\(' : '（'}${e.action}${lang === 'en' ? '\\)' : '）'}\\n`));
        const kind = !e.isError ? KIND[lang].ok : e.retryable ? KIND[lang].retry : e.action === 'investigate' ? KIND[lang].investigate : KIND[lang].no;
        expect(text, `${e.packet} ${e.hex}`).toContain(`  ${kind}\n`);
      }
    }
  });

  it('review point A16: 0x80 and 0x83 say a retry is not expected to help; 0x87 that it will not', async () => {
    const json = JSON.parse((await capture(['explain', '0x80', 'CONNACK', '--json'])).stdout) as ExplainJson;
    expect(json.results[0]).toMatchObject({ action: 'investigate', actionLabel: 'Investigate' });
    expect((await capture(['explain', '0x83', 'SUBACK'])).stdout).toMatch(/Kind +error; retrying unchanged is not expected to help\n/);
    expect((await capture(['explain', '0x87', 'CONNACK'])).stdout).toMatch(/Kind +error; retrying unchanged will not help\n/);
    expect((await capture(['explain', '0x80', 'CONNACK', '--lang', 'ja'])).stdout).toMatch(/種別 +エラー（そのまま再試行しても成功は見込めません）\n/);
  });

  it('list shows the action label in its own column', async () => {
    const lines = (await capture(['list', 'CONNACK', '--errors'])).stdout.split('\n');
    expect(lines[2]).toMatch(/^VALUE +HEX +NAME +SENT BY +KIND +ACTION +TITLE$/);
    expect(lines.find((l) => / 0x86 /.test(l))).toMatch(/ error +Renew credentials +/);
    expect((await capture(['list', 'DISCONNECT', '--lang', 'ja'])).stdout).toMatch(/0x8E +SessionTakenOver .*再接続しない/);
  });
});
