import { ocpiExamples } from '../examples/ocpi-examples';
import { compareVersions, findEndpoint, highestMutualVersion, versionListSchema } from './versions.schemas';

describe('versions', () => {
  const peerVersions = [
    { version: '2.1.1', url: 'https://peer.example/ocpi/2.1.1' },
    { version: '2.2.1', url: 'https://peer.example/ocpi/2.2.1' },
    { version: '2.3.0', url: 'https://peer.example/ocpi/2.3.0' },
  ];

  it('should accept a version list that also names a version newer than 2.2.1', () => {
    expect(versionListSchema.safeParse(peerVersions).success).toBe(true);
    expect(versionListSchema.safeParse([{ version: 'latest', url: 'https://peer.example' }]).success).toBe(false);
  });

  it('should order versions numerically', () => {
    expect(['2.2', '2.0', '2.2.1', '2.1.1'].sort(compareVersions)).toEqual(['2.0', '2.1.1', '2.2', '2.2.1']);
  });

  it('should pick the highest version both sides support', () => {
    expect(highestMutualVersion(['2.1.1', '2.2.1'], peerVersions)?.url).toBe('https://peer.example/ocpi/2.2.1');
    expect(highestMutualVersion(['2.2'], peerVersions)).toBeUndefined();
  });

  it('should find an endpoint by module and role, ignoring the role for credentials', () => {
    const details = ocpiExamples.versionDetails();
    expect(findEndpoint(details, 'tokens', 'RECEIVER')?.url).toBe('https://cpo.chargemesh.example/ocpi/2.2.1/tokens');
    expect(findEndpoint(details, 'tokens', 'SENDER')).toBeUndefined();
    expect(findEndpoint(details, 'credentials', 'RECEIVER')?.identifier).toBe('credentials');
  });
});
