import path from 'node:path';
import { Response, Router } from 'express';
import { PROJECT_ROOT } from '../paths';

const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');

// The page talks to this server only: its own scripts, styles and /graphql, and /export downloads.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function send(res: Response, file: string, type: string): void {
  res.type(type);
  res.setHeader('Cache-Control', 'no-cache');
  res.sendFile(file);
}

/** The browser scripts the page loads from installed packages (no CDN): Cytoscape.js and the fCoSE layout with what it needs. */
const LIBRARIES: Readonly<Record<string, string>> = {
  'cytoscape.min.js': 'cytoscape/dist/cytoscape.min.js',
  'layout-base.js': 'layout-base/layout-base.js',
  'cose-base.js': 'cose-base/cose-base.js',
  'cytoscape-fcose.js': 'cytoscape-fcose/cytoscape-fcose.js',
};

/**
 * The graph explorer at `/explore`: one static page and its script and styles, and Cytoscape.js with the
 * fCoSE layout served from the installed packages, all under the same origin as the GraphQL API the page uses.
 */
export function createExploreRouter(): Router {
  const router = Router();
  router.use('/explore', (_req, res, next) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  router.get('/explore', (_req, res) => send(res, path.join(PUBLIC_DIR, 'explore.html'), 'html'));
  router.get('/explore/explore.js', (_req, res) => send(res, path.join(PUBLIC_DIR, 'explore.js'), 'js'));
  router.get('/explore/explore.css', (_req, res) => send(res, path.join(PUBLIC_DIR, 'explore.css'), 'css'));
  for (const [file, module] of Object.entries(LIBRARIES)) {
    const resolved = require.resolve(module);
    router.get(`/explore/${file}`, (_req, res) => send(res, resolved, 'js'));
  }
  return router;
}
