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

/**
 * The graph explorer at `/explore`: one static page and its script and styles, and Cytoscape.js served from
 * the installed package (no CDN), all under the same origin as the GraphQL API the page uses.
 */
export function createExploreRouter(): Router {
  const router = Router();
  const cytoscape = require.resolve('cytoscape/dist/cytoscape.min.js');
  router.use('/explore', (_req, res, next) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  router.get('/explore', (_req, res) => send(res, path.join(PUBLIC_DIR, 'explore.html'), 'html'));
  router.get('/explore/explore.js', (_req, res) => send(res, path.join(PUBLIC_DIR, 'explore.js'), 'js'));
  router.get('/explore/explore.css', (_req, res) => send(res, path.join(PUBLIC_DIR, 'explore.css'), 'css'));
  router.get('/explore/cytoscape.min.js', (_req, res) => send(res, cytoscape, 'js'));
  return router;
}
