/** planRefusal and the hook wrappers without a broker: the TypeErrors the issue names, hostile input, pass-through. */
import { describe, expect, it } from 'vitest';
import { createError, MqttReasonCodeError, NotAuthorizedError, QuotaExceededError } from '@org/mqtt-codes-errors';
import { aedesMajorOf, authenticateWith, authorizePublishWith, authorizeSubscribeWith, planRefusal, toAedesConnectError, toAedesPublishError } from '../src/index.js';

const v2 = { broker: { version: '2.0.0-beta.1' } };
const v1 = { broker: { version: '1.2.0' } };

/** Calls a wrapped hook whose inner hook calls back with `args`; returns what reached aedes, or the thrown error. */
function run(wrapped: (...a: any[]) => void, client: unknown): { thrown?: unknown; got?: unknown[] } {
  let got: unknown[] | undefined;
  try {
    wrapped(client, 'x', 'y', (...a: unknown[]) => (got = a));
  } catch (thrown) {
    return { thrown };
  }
  return { got: got! };
}

describe('TypeErrors at the call, naming the closest code aedes can send', () => {
  const cases: [string, () => MqttReasonCodeError, 'authenticate' | 'authorizePublish' | 'authorizeSubscribe', RegExp][] = [
    ['Banned (0x8A)', () => createError('CONNACK', 0x8a)!, 'authenticate', /BannedError \(CONNACK 0x8A\).*turns return code 5 into CONNACK 0x87 \(NotAuthorized\)\. Refuse with NotAuthorizedError instead \(0x87, and 5 for MQTT 3\.1\.1 clients\)/],
    ['Connection rate exceeded (0x9F)', () => createError('CONNACK', 0x9f)!, 'authenticate', /Refuse with ServerUnavailableError instead \(0x88, and 3 for MQTT 3\.1\.1 clients\)/],
    ['a CONNACK refusal with no 3.1.1 equivalent (0x95)', () => createError('CONNACK', 0x95)!, 'authenticate', /PacketTooLargeError \(CONNACK 0x95\): it has no MQTT 3\.1\.1 equivalent.*Refuse with NotAuthorizedError/],
    ['a redirect without a server reference', () => createError('CONNACK', 0x9d)!, 'authenticate', /only with a Server Reference; without one it sends CONNACK 0x88/],
    ['a publish refusal other than 0x87', () => new QuotaExceededError('PUBACK'), 'authorizePublish', /every refused PUBLISH with 0x87.*cannot send QuotaExceededError \(PUBACK 0x97\)/],
    ['a subscribe refusal other than 0x87', () => createError('SUBACK', 0xa2)!, 'authorizeSubscribe', /cannot send WildcardSubscriptionsNotSupportedError \(SUBACK 0xA2\)\. Refuse with NotAuthorizedError\('SUBACK'\)/],
    ['a code of another packet', () => new NotAuthorizedError('PUBACK'), 'authorizeSubscribe', /authorizeSubscribe answers a SUBSCRIBE with a SUBACK, but NotAuthorizedError was made for PUBACK; create it for SUBACK/],
    ['a success as a refusal', () => new MqttReasonCodeError('CONNACK', 0), 'authenticate', /is a success, not a refusal; to accept, call back with \(null, true\)/],
    ['a code the standard does not define', () => createError('CONNACK', 0x42)!, 'authenticate', /CONNACK has no code 0x42 in MQTT 5\.0/],
  ];
  const wrap = { authenticate: authenticateWith, authorizePublish: authorizePublishWith, authorizeSubscribe: authorizeSubscribeWith } as const;
  for (const [name, make, hook, message] of cases) {
    it(`${name}: ${hook} throws from callback(...) and nothing reaches aedes`, () => {
      const wrapped = (wrap[hook] as any)((_c: unknown, _a: unknown, _b: unknown, cb: (e: unknown) => void) => (hook === 'authenticate' ? cb(make()) : undefined));
      if (hook === 'authenticate') {
        const r = run(wrapped, v2);
        expect(r.thrown).toBeInstanceOf(TypeError);
        expect(String((r.thrown as Error).message)).toMatch(message);
        expect(r.got).toBeUndefined();
      } else {
        const plan = planRefusal(hook, make(), 2);
        expect(plan.ok).toBe(false);
        if (!plan.ok) expect(plan.problem).toMatch(message);
        const inner = (_c: unknown, _x: unknown, cb: (e: unknown) => void) => cb(make());
        let reached = false;
        expect(() => (wrap[hook] as any)(inner)(v2, {}, () => (reached = true))).toThrow(TypeError);
        expect(reached).toBe(false);
      }
    });
  }

  it('aedes 1.2.0 (3.1.1 only) sends Banned as 5, its 3.1.1 equivalent, so it is accepted there', () => {
    expect(planRefusal('authenticate', createError('CONNACK', 0x8a)!, 1)).toEqual({ ok: true, refusal: { hook: 'authenticate', aedes: 1, 4: { packet: 'CONNACK', code: 5 } } });
    expect(toAedesConnectError(createError('CONNACK', 0x8a)!, 1).returnCode).toBe(5);
  });
});

describe('conversions', () => {
  it('a redirect carries serverReference and the code aedes 2 sends', () => {
    const e = toAedesConnectError(createError('CONNACK', 0x9d, { serverReference: 'b:1883' })!, 2);
    expect(e).toMatchObject({ returnCode: 3, serverReference: 'b:1883', reasonCode: 0x9d });
    expect(e.cause).toBeInstanceOf(MqttReasonCodeError);
  });
  it('a 3.1.1 return code is taken as it is', () => {
    expect(toAedesConnectError(createError('CONNACK', 4, { version: 4 })!).returnCode).toBe(4);
  });
  it("a publish refusal's message is the author's reason string, or empty (so aedes sends no Reason String)", () => {
    expect(toAedesPublishError(new NotAuthorizedError('PUBREC', undefined, { reasonString: 'quota' })).message).toBe('quota');
    expect(toAedesPublishError(new NotAuthorizedError('PUBACK')).message).toBe('');
  });
  it('other errors, null and success pass through unchanged', () => {
    const plain = new Error('plain');
    const auth = authenticateWith((_c, _u, _p, cb) => cb(plain, false));
    let got: unknown[] = [];
    auth(v1, undefined, undefined, (...a) => (got = a));
    expect(got).toEqual([plain, false]);
    authenticateWith((_c, _u, _p, cb) => cb(null, true))(v2, undefined, undefined, (...a) => (got = a));
    expect(got).toEqual([null, true]);
    const sub = { topic: 'a', qos: 1 };
    authorizeSubscribeWith((_c, s: typeof sub, cb) => cb(null, s))(v2, sub, (...a) => (got = a));
    expect(got).toEqual([null, sub]);
    authorizeSubscribeWith((_c, _s: typeof sub, cb) => cb(new NotAuthorizedError('SUBACK')))(v1, sub, (...a) => (got = a));
    expect(got).toEqual([null, null]);
  });
});

describe('hostile input', () => {
  it('planRefusal never throws', () => {
    const hostile = [null, undefined, 1, 'x', {}, { packet: 'CONNACK', code: 0x87 }, new Proxy({}, { get: () => { throw new Error('boom'); } }), Object.create(null)];
    for (const h of hostile) {
      for (const hook of ['authenticate', 'authorizePublish', 'authorizeSubscribe', '__proto__', 'constructor'] as any[]) {
        for (const major of [1, 2, '__proto__', NaN] as any[]) expect(planRefusal(hook, h as any, major).ok).toBe(false);
      }
    }
  });
  it('aedesMajorOf reads any version string and defaults to 2', () => {
    expect([aedesMajorOf('1.2.0'), aedesMajorOf('2.0.0-beta.1'), aedesMajorOf('3.0.0'), aedesMajorOf(undefined), aedesMajorOf({}), aedesMajorOf('__proto__')]).toEqual([1, 2, 2, 2, 2, 2]);
  });
  it('a client without a broker, or with a throwing one, counts as aedes 2', () => {
    const throwing = { get broker(): never { throw new Error('boom'); } };
    expect(() => authenticateWith((_c, _u, _p, cb) => cb(createError('CONNACK', 0x8a)!))(throwing as any, undefined, undefined, () => {})).toThrow(TypeError);
    let got: unknown[] = [];
    authenticateWith((_c, _u, _p, cb) => cb(createError('CONNACK', 0x86)!))(null as any, undefined, undefined, (...a) => (got = a));
    expect((got[0] as { returnCode: number }).returnCode).toBe(4);
  });
});
