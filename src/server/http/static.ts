import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** Serves the built SPA; every other non-API path gets index.html so client routes survive a reload. */
export function mountSpa(app: Hono, staticDir: string): void {
  const root = resolve(staticDir);
  const indexFile = join(root, 'index.html');
  app.use('/*', serveStatic({ root }));
  app.all('/api/*', (c) => c.json({ error: `No route for ${c.req.method} ${c.req.path}` }, 404));
  app.get('*', (c) => {
    if (!existsSync(indexFile))
      return c.text('The app is not built: run npm run build (npm start does it).', 503);
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
