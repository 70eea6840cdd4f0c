// Pure. The app's Content-Security-Policy, one definition shared by Electron's protocol handler,
// `npm run web` and the browser tests, so the policy users run under is the policy the tests run under.
// 'wasm-unsafe-eval' lets WebAssembly (GEOS, SQLite) compile; 'unsafe-eval' is never allowed, which is why
// JSON-Schema validators are generated at build time. Styles accept 'self' plus one nonce per response.

/**
 * Placeholder nonce written into the built HTML (Vite's `html.cspNonce`, read by CSS-in-JS from
 * `<meta property="csp-nonce">`). Servers replace it with a fresh random nonce in every HTML response.
 */
export const STYLE_NONCE_PLACEHOLDER = 'LANTU_CSP_NONCE';

/** Directive list for a given style nonce (ordered as sent). */
export function cspDirectives(styleNonce: string): ReadonlyArray<readonly [string, string]> {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self' 'wasm-unsafe-eval'"],
    ['style-src', `'self' 'nonce-${styleNonce}'`],
    ['worker-src', "'self'"],
    ['img-src', "'self' data: blob:"],
    ['connect-src', "'self'"],
    ['font-src', "'self'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ];
}

/** The header value for a response whose styles carry `styleNonce`. */
export function contentSecurityPolicy(styleNonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]+$/.test(styleNonce)) throw new Error(`CSP nonce has characters outside base64: ${styleNonce}`);
  return cspDirectives(styleNonce)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The policy with the placeholder nonce: what a static copy of the policy looks like. */
export const CONTENT_SECURITY_POLICY: string = contentSecurityPolicy(STYLE_NONCE_PLACEHOLDER);
