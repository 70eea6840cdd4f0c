// Electron. The `app://lantu/` protocol: registered as privileged before `ready` (standard, secure,
// fetch-capable, so the page is a secure context with its own origin), then served from the renderer
// build through `resolveAppRequest` with the app's CSP on every response.
import { protocol } from 'electron';
import { APP_SCHEME } from '../node/appOrigin.ts';
import { resolveAppRequest } from '../node/resolveAppRequest.ts';

export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  stream: true,
  codeCache: true,
} as const;

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const result = await resolveAppRequest(rendererDir, url.pathname + url.search);
    return new Response(result.body, { status: result.status, headers: result.headers });
  });
}
