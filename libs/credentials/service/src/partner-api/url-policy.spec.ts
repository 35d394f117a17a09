import { assertPartnerUrlAllowed } from './url-policy';

describe('the partner URL policy', () => {
  it('should allow public http(s) URLs', () => {
    for (const url of ['https://ocpi.example.com/versions', 'http://203.0.113.7:8080/ocpi/versions']) expect(() => assertPartnerUrlAllowed(url, false)).not.toThrow();
  });

  it('should refuse loopback, private and link-local addresses unless private networks are allowed', () => {
    const inside = ['http://127.0.0.1:8080/versions', 'http://localhost/versions', 'http://10.1.2.3/v', 'http://172.20.0.1/v', 'http://192.168.1.1/v', 'http://169.254.169.254/latest', 'http://[::1]/v', 'http://[fd00::1]/v'];
    for (const url of inside) {
      expect(() => assertPartnerUrlAllowed(url, false)).toThrow(expect.objectContaining({ code: 'CREDENTIALS.INVALID_URL_NOT_ALLOWED', message: expect.stringContaining('OCPI_ALLOW_PRIVATE_NETWORK_URLS') }));
      expect(() => assertPartnerUrlAllowed(url, true)).not.toThrow();
    }
  });

  it('should refuse other schemes, relative URLs and URLs with credentials in them', () => {
    for (const url of ['ftp://example.com/versions', 'file:///etc/passwd', '/ocpi/versions', 'https://user:secret@example.com/versions']) {
      expect(() => assertPartnerUrlAllowed(url, true)).toThrow(expect.objectContaining({ code: 'CREDENTIALS.INVALID_URL_NOT_ALLOWED' }));
    }
  });
});
