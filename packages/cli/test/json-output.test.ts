// With --json every outcome is one JSON document on stdout, usage errors included, with the same exit statuses.
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/index.js';
import { capture, OUTCOMES } from './support.js';

describe('--json: every outcome is JSON on stdout', () => {
  it.each(OUTCOMES)('%j → exit %i, error %s', async (args, status, id) => {
    const text = await capture(args);
    const json = await capture([...args, '--json']);
    expect(json.status).toBe(status);
    expect(text.status).toBe(status);
    const doc = JSON.parse(json.stdout) as { schemaVersion: number; error: { type: string; id: string; message: string } | null };
    expect(doc.schemaVersion).toBe(1);
    if (id === null) {
      expect(doc.error).toBeNull();
      expect(json.stderr).toBe('');
      return;
    }
    expect(Object.keys(doc.error!)).toEqual(['type', 'id', 'message']);
    expect(doc.error).toEqual({ type: status === EXIT.USAGE ? 'usage' : 'not-found', id, message: expect.any(String) });
    // stderr gets the same one line as without --json.
    expect(json.stderr).toBe(`mqtt-codes: ${doc.error!.message}\n`);
    if (status === EXIT.USAGE && id !== 'no-command') expect(text.stderr.split('\n')[0]).toBe(`mqtt-codes: ${doc.error!.message}`);
  });

  it('a usage error document: schemaVersion, command, locale, error', async () => {
    const r = await capture(['explain', '999', '--json', '--lang', 'ja']);
    expect(JSON.parse(r.stdout)).toEqual({
      schemaVersion: 1,
      command: 'explain',
      locale: 'ja',
      error: { type: 'usage', id: 'not-a-code', message: '「999」はコードではありません。0～255の値（135、0x87）か、NotAuthorizedのような名前を指定してください。' },
    });
    expect(JSON.parse((await capture(['--json', 'explian'])).stdout)).toMatchObject({ command: null, error: { id: 'unknown-command' } });
  });

  it('--help and --version print JSON too', async () => {
    const help = await capture(['list', '--help', '--json']);
    expect(help.status).toBe(0);
    const doc = JSON.parse(help.stdout) as { command: string; topic: string; help: string };
    expect(doc).toMatchObject({ schemaVersion: 1, command: 'help', topic: 'list', locale: 'en', error: null });
    expect(doc.help).toBe((await capture(['list', '--help'])).stdout);
    const version = JSON.parse((await capture(['--version', '--json'])).stdout) as Record<string, unknown>;
    expect(Object.keys(version)).toEqual(['schemaVersion', 'command', 'error', 'version']);
  });
});
