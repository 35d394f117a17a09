import http from 'node:http';

/**
 * The baseline of `npm run bench:hub`: a bare Node HTTP reverse proxy in front of the receiving
 * instance, streaming request and response through unchanged over keep-alive connections. What a
 * Hub costs beyond this is authentication, routing and the OCPI rules.
 */
export async function startBareProxy(target: { host: string; port: number }): Promise<{ port: number; close: () => Promise<void> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((request, response) => {
    const upstream = http.request({ host: target.host, port: target.port, method: request.method, path: request.url, headers: request.headers, agent }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () => {
      agent.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
