// Node. Maps a request path to a file of the built renderer with its headers (CSP with a fresh style
// nonce, MIME type, nosniff). Shared by Electron's `app://` protocol handler and `serveStatic`, so both
// serve byte-for-byte the same responses. Never serves outside `rootDir`.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { STYLE_NONCE_PLACEHOLDER, contentSecurityPolicy } from './contentSecurityPolicy.ts';

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const MIME_BY_EXT: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.zip': 'application/zip',
};

export function mimeTypeFor(path: string): string {
  return MIME_BY_EXT[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A fresh 128-bit nonce, base64 (CSP's nonce syntax). */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

function textResponse(status: number, text: string, nonce: string): AppResponse {
  return {
    status,
    headers: baseHeaders('text/plain; charset=utf-8', nonce),
    body: new TextEncoder().encode(text),
  };
}

function baseHeaders(contentType: string, nonce: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

/**
 * Resolves `urlPath` (the path part of the URL, percent-encoded, may carry `?query`) against `rootDir`.
 * `/` and unknown paths without an extension serve `index.html` (single-page app); a path that escapes
 * the root is 403, a missing file 404.
 */
export async function resolveAppRequest(rootDir: string, urlPath: string, nonce: string = newNonce()): Promise<AppResponse> {
  const root = resolve(rootDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent((urlPath.split(/[?#]/)[0] ?? '/') || '/');
  } catch {
    return textResponse(400, 'Bad request path', nonce);
  }
  if (pathname.includes('\0')) return textResponse(400, 'Bad request path', nonce);
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const target = resolve(join(root, relative));
  if (target !== root && !target.startsWith(root + sep)) return textResponse(403, 'Forbidden', nonce);

  let file = target;
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info && extname(relative) === '') {
    file = join(root, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info || !info.isFile()) return textResponse(404, `Not found: ${pathname}`, nonce);

  const contentType = mimeTypeFor(file);
  let body: Uint8Array = await readFile(file);
  if (contentType.startsWith('text/html')) {
    // The build writes a placeholder nonce; every document gets its own so a leaked nonce is useless.
    const html = new TextDecoder().decode(body).split(STYLE_NONCE_PLACEHOLDER).join(nonce);
    body = new TextEncoder().encode(html);
  }
  return { status: 200, headers: baseHeaders(contentType, nonce), body };
}
