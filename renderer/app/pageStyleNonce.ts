// pageStyleNonce() → the page's CSP style nonce, which Vite writes into `<meta property="csp-nonce">` and the
// server/Electron replace per response. Browsers hide the attribute after parsing, so the property is read first.
export function pageStyleNonce(doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || meta?.getAttribute('nonce') || '';
}
