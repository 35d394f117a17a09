import { validateRequest, validateResponse } from '@chargemesh/protocol-ocpp';
import { V16_COMMANDS, V201_COMMANDS } from './command-samples.fixture';

describe('command samples used by the command tests', () => {
  it.each([
    ['1.6', V16_COMMANDS],
    ['2.0.1', V201_COMMANDS],
  ] as const)('should be valid OCPP %s requests and responses', (version, samples) => {
    const problems = samples.flatMap(({ action, request, response }) => {
      const found: string[] = [];
      const requestCheck = validateRequest(version, action, request);
      const responseCheck = validateResponse(version, action, response);
      if (!requestCheck.ok) found.push(`${action} request: ${requestCheck.description}`);
      if (!responseCheck.ok) found.push(`${action} response: ${responseCheck.description}`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});
