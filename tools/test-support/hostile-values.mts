/**
 * Hostile values shared by the packages' "never throws" tests: a proxy whose every trap throws,
 * prototype tricks, wrong types, and packet- and error-shaped objects with broken fields.
 */
export const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    has() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
    getPrototypeOf() {
      throw new Error('trap');
    },
  },
);

export const HOSTILE: unknown[] = [
  null,
  undefined,
  NaN,
  -0,
  Infinity,
  0x87,
  '',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '0x87',
  Symbol('x'),
  10n,
  [],
  [0x87],
  {},
  Object.create(null),
  { __proto__: null, cmd: 'connack', reasonCode: 0x87 },
  JSON.parse('{"__proto__": {"cmd": "connack"}, "cmd": "suback", "granted": {"length": 3}}'),
  { cmd: 'suback', granted: [NaN, -1, 1.5, '0x87', null, { qos: 0x87 }, 256, 0x87] },
  { cmd: 'connack', reasonCode: '135', returnCode: {} },
  { cmd: 'disconnect', reasonCode: 0x8e, properties: { reasonString: 5, serverReference: {}, userProperties: { __proto__: 'x', ok: 'y', bad: [1] } } },
  { cmd: 'disconnect', reasonCode: 0x8e, properties: throwing },
  { message: 'Connection refused: Not authorized', code: 135, packet: throwing },
  { message: 'Subscribe error: x', packet: { granted: [0x87] } },
  { message: 'Publish error: x', code: NaN },
  { message: { toString: () => 'Connection refused' }, code: 135 },
  throwing,
  () => {},
  new Error('x'),
];
