import { parseFrame } from './frames/parse-frame';
import { validateStationCall } from './validation/validate-payload';
import type { OcppVersion } from './versions';

/** What the gateway does with one text frame from a station, reduced to the answer it sends. */
function answerTo(version: OcppVersion, text: string) {
  const frame = parseFrame(version, text);
  if (frame.kind === 'invalid') return { messageId: frame.messageId, code: frame.code, respond: frame.respond };
  if (frame.kind !== 'call') throw new Error(`unexpected ${frame.kind}`);
  const result = validateStationCall(version, frame.action, frame.payload);
  return result.ok ? 'accepted' : { messageId: frame.messageId, code: result.code, respond: true };
}

const boot16 = '{"chargePointVendor":"ChargeMesh","chargePointModel":"Sim-16"}';
const boot201 = '{"chargingStation":{"model":"Sim-201","vendorName":"ChargeMesh"},"reason":"PowerUp"}';
const longId = 'x'.repeat(37);

// [case, 1.6 frame, 2.0.1 frame, expected messageId, 1.6 code, 2.0.1 code]
const badInputs: [string, string, string, string, string, string][] = [
  ['bad JSON', '[2,"a1","Heartbeat",{', '[2,"a1","Heartbeat",{', '-1', 'FormationViolation', 'RpcFrameworkError'],
  ['a JSON object instead of an array', '{"id":"a1"}', '{"id":"a1"}', '-1', 'FormationViolation', 'RpcFrameworkError'],
  [
    'a wrong JSON type',
    '[2,"a2","BootNotification",{"chargePointVendor":"ChargeMesh","chargePointModel":16}]',
    '[2,"a2","BootNotification",{"chargingStation":{"model":201,"vendorName":"ChargeMesh"},"reason":"PowerUp"}]',
    'a2',
    'TypeConstraintViolation',
    'TypeConstraintViolation',
  ],
  [
    'a missing required field',
    '[2,"a3","BootNotification",{"chargePointModel":"Sim-16"}]',
    '[2,"a3","BootNotification",{"chargingStation":{"model":"Sim-201","vendorName":"ChargeMesh"}}]',
    'a3',
    'OccurenceConstraintViolation',
    'OccurrenceConstraintViolation',
  ],
  [
    'an unknown action',
    '[2,"a4","FlyToTheMoon",{}]',
    '[2,"a4","FlyToTheMoon",{}]',
    'a4',
    'NotImplemented',
    'NotImplemented',
  ],
  [
    'an over-long message id',
    `[2,"${longId}","Heartbeat",{}]`,
    `[2,"${longId}","Heartbeat",{}]`,
    '-1',
    'FormationViolation',
    'RpcFrameworkError',
  ],
  [
    'an unreadable message id',
    '[2,{"id":1},"Heartbeat",{}]',
    '[2,{"id":1},"Heartbeat",{}]',
    '-1',
    'FormationViolation',
    'RpcFrameworkError',
  ],
  [
    'a wrong enum value',
    '[2,"a5","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Sleeping"}]',
    '[2,"a5","StatusNotification",{"timestamp":"2026-11-02T10:15:00Z","connectorStatus":"Sleeping","evseId":1,"connectorId":1}]',
    'a5',
    'PropertyConstraintViolation',
    'PropertyConstraintViolation',
  ],
  [
    'an extra property where the schema forbids it',
    '[2,"a6","Heartbeat",{"uptime":5}]',
    '[2,"a6","Heartbeat",{"uptime":5}]',
    'a6',
    'FormationViolation',
    'FormatViolation',
  ],
  [
    'a command only the CSMS sends',
    '[2,"a7","Reset",{"type":"Soft"}]',
    '[2,"a7","Reset",{"type":"Immediate"}]',
    'a7',
    'NotSupported',
    'NotSupported',
  ],
];

describe('answers to station frames', () => {
  it.each([
    ['1.6', `[2,"b1","BootNotification",${boot16}]`],
    ['2.0.1', `[2,"b1","BootNotification",${boot201}]`],
  ] as const)('should accept a well-formed BootNotification in OCPP %s', (version, text) => {
    expect(answerTo(version, text)).toBe('accepted');
  });

  describe.each(['1.6', '2.0.1'] as const)('in OCPP %s', (version) => {
    it.each(badInputs)(
      'should answer %s with the right code and message id',
      (_name, text16, text201, messageId, code16, code201) => {
        const expected = { messageId, code: version === '1.6' ? code16 : code201, respond: true };
        expect(answerTo(version, version === '1.6' ? text16 : text201)).toEqual(expected);
      },
    );
  });

  it('should answer an unknown message type with MessageTypeNotSupported in OCPP 2.0.1', () => {
    expect(answerTo('2.0.1', '[7,"c1","Heartbeat",{}]')).toEqual({
      messageId: 'c1',
      code: 'MessageTypeNotSupported',
      respond: true,
    });
  });

  it('should ignore an unknown message type in OCPP 1.6, naming FormationViolation as the closest code', () => {
    expect(answerTo('1.6', '[7,"c1","Heartbeat",{}]')).toEqual({
      messageId: 'c1',
      code: 'FormationViolation',
      respond: false,
    });
  });
});
