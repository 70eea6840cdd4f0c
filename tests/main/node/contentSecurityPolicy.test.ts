import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, cspDirectives } from '../../../main/node/contentSecurityPolicy.ts';

describe('the app Content-Security-Policy', () => {
  const directives = new Map(cspDirectives('abc'));

  it('allows only self, plus WebAssembly compilation and one style nonce', () => {
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(directives.get('style-src')).toBe("'self' 'nonce-abc'");
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
  });

  it('never allows eval, inline code or remote origins', () => {
    const policy = contentSecurityPolicy('abc');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toMatch(/https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'nonce-LANTU_CSP_NONCE'");
  });

  it('refuses a nonce that could inject another directive', () => {
    expect(() => contentSecurityPolicy("x'; script-src *")).toThrow();
  });
});
