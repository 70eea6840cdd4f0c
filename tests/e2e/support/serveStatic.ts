// Node. Re-exports the server that `npm run web` uses, so browser tests serve the build exactly as users get it.
export { serveStatic, type StaticServer, type ServeStaticOptions } from '../../../main/node/serveStatic.ts';
export { CONTENT_SECURITY_POLICY, STYLE_NONCE_PLACEHOLDER, contentSecurityPolicy } from '../../../main/node/contentSecurityPolicy.ts';
