import { mapDriverTokens, passwordSetBy, REDACTED, redactSecrets } from './redaction';

describe('redactSecrets', () => {
  it('should hide a 1.6 AuthorizationKey and leave other configuration keys alone', () => {
    expect(redactSecrets('ChangeConfiguration', { key: 'AuthorizationKey', value: '00112233445566778899aabbccddeeff' })).toEqual({ key: 'AuthorizationKey', value: REDACTED });
    const other = { key: 'HeartbeatInterval', value: '300' };
    expect(redactSecrets('ChangeConfiguration', other)).toBe(other);
  });

  it('should hide the 2.0.1 BasicAuthPassword in SetVariables and keep the other entries', () => {
    const payload = {
      setVariableData: [
        { attributeValue: 'a-very-secret-password', component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } },
        { attributeValue: '60', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
      ],
    };
    expect(redactSecrets('SetVariables', payload)).toEqual({
      setVariableData: [{ ...payload.setVariableData[0], attributeValue: REDACTED }, payload.setVariableData[1]],
    });
  });

  it('should read the password a command sets, as the bytes the station will send', () => {
    expect(passwordSetBy('ChangeConfiguration', { key: 'AuthorizationKey', value: '0001' })).toEqual(Buffer.from([0, 1]));
    const setVariables = { setVariableData: [{ attributeValue: 'pässwörd', component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } }] };
    expect(passwordSetBy('SetVariables', setVariables)).toEqual(Buffer.from('pässwörd', 'utf8'));
    expect(passwordSetBy('Reset', { type: 'Hard' })).toBeUndefined();
  });
});

describe('mapDriverTokens', () => {
  it('should replace 1.6 idTags and 2.0.1 IdTokens at any depth when a command carries them', () => {
    const replaced = mapDriverTokens(
      {
        idToken: { idToken: 'RFID-1', type: 'ISO14443' },
        groupIdToken: { idToken: 'GROUP', type: 'Central' },
        localAuthorizationList: [{ idTag: 'TAG-1', idTagInfo: { status: 'Accepted', parentIdTag: 'PARENT' } }],
        remoteStartId: 7,
      },
      (token) => `ref(${token.type ?? '-'}:${token.value})`,
    );
    expect(replaced).toEqual({
      idToken: { idToken: 'ref(ISO14443:RFID-1)', type: 'ISO14443' },
      groupIdToken: { idToken: 'ref(Central:GROUP)', type: 'Central' },
      localAuthorizationList: [{ idTag: 'ref(-:TAG-1)', idTagInfo: { status: 'Accepted', parentIdTag: 'ref(-:PARENT)' } }],
      remoteStartId: 7,
    });
  });
});
