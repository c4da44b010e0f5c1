// Serves a built site (dist/) on a free localhost port, as a static host would:
// directory URLs get their index.html, unknown paths a 404 with the site's 404.html.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

export async function serveDist(dir = 'dist'): Promise<Served> {
  const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      const page = join(dir, '404.html');
      if (existsSync(page)) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(page));
      } else {
        res.end('Not found');
      }
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
