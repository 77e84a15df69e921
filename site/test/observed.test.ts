// A code's page lists the situations in which real brokers send that code, from spec/observed/
// (asserted against live mosquitto and aedes by their tests), in the page's language.
import { expect, it } from 'vitest';
import { LOCALES } from '../src/generated/locales.js';
import { SITE_MODEL } from '../src/generated/model.js';
import { codePath, localePrefix, renderPages, rowAnchor } from '../src/pages.js';

const pages = new Map(renderPages(SITE_MODEL, LOCALES).map((p) => [p.path, p.html]));
const section = (html: string, anchor: string) => html.slice(html.indexOf(`<section class="row" id="${anchor}"`), html.indexOf('</section>', html.indexOf(`<section class="row" id="${anchor}"`)));
const en = LOCALES[0]!;
const ja = LOCALES.find((l) => l.locale === 'ja')!;

it('has the observed entries of both brokers', () => {
  expect(SITE_MODEL.observed?.map((b) => b.broker)).toEqual(['aedes', 'mosquitto']);
});

it("CONNACK 0x87 in 5.0 and 5 in 3.1.1 name mosquitto's wrong password, in each page's language", () => {
  for (const [l, title, setup, heading] of [
    [en, 'Wrong password', 'password_file; CONNECT with a known user name and a wrong password.', en.observed!.onCodePage],
    [ja, 'パスワードの誤り', 'password_fileを使い、登録済みのユーザー名と誤ったパスワードでCONNECTを送ります。', ja.observed!.onCodePage],
  ] as const) {
    for (const [value, version] of [[0x87, 5], [5, 4]] as const) {
      const html = pages.get(`${localePrefix(LOCALES, l.locale)}${codePath(value)}`)!;
      const s = section(html, rowAnchor(SITE_MODEL, { version, packet: 'CONNACK' }));
      expect(s, `${l.locale} ${value}`).toContain(`<h3>${heading}</h3>`);
      expect(s).toContain(`<li><strong>Eclipse Mosquitto</strong> · ${title}<br>${setup}</li>`);
    }
  }
});

it('lists exactly the entries that answer with the row, and nothing on rows no broker was seen sending', () => {
  const html = pages.get(codePath(0x86))!;
  const v5 = section(html, rowAnchor(SITE_MODEL, { version: 5, packet: 'CONNACK' }));
  // 0x86 is aedes's wrong password only: mosquitto sends 0x87 instead.
  const list = v5.slice(v5.indexOf('<ul class="observed">'));
  expect(list.match(/<li>/g)?.length).toBe(1);
  expect(v5).toContain('<strong>aedes</strong>');
  expect(v5).not.toContain('Eclipse Mosquitto');
  const none = pages.get(codePath(0x9f))!;
  expect(none).not.toContain(en.observed!.onCodePage);
});
