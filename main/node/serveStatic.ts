// Node. A static HTTP server on 127.0.0.1 (random port unless given) for a built renderer folder, sending
// the app's CSP and headers through `resolveAppRequest`. Used by `npm run web` and the browser tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveAppRequest } from './resolveAppRequest.ts';

export interface StaticServer {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeStaticOptions {
  /**
   * CSP for every response. Default: the app's policy with a fresh style nonce per response (the
   * placeholder in HTML replaced). A string is sent verbatim (for tests that need another policy).
   */
  csp?: string;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Host to bind; always loopback by default. */
  host?: string;
}

export async function serveStatic(dir: string, options: ServeStaticOptions = {}): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    resolveAppRequest(dir, request.url ?? '/')
      .then((result) => {
        const headers: Record<string, string> = { ...result.headers, 'Content-Length': String(result.body.byteLength) };
        if (options.csp !== undefined) headers['Content-Security-Policy'] = options.csp;
        response.writeHead(result.status, headers);
        response.end(request.method === 'HEAD' ? undefined : result.body);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(String(error));
      });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
