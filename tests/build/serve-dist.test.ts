// The local server the browser tests and the bench use: a static host's answers, and with
// `compress` the gzipped text a host sends (what the bench's Lighthouse runs are scored on).
import { expect, test } from 'vitest';
import { serveDist } from '../helpers/serve-dist';

const get = (url: string) => fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });

test('with compress, a page and its stylesheet come gzipped, and their text is the same', async () => {
  const plain = await serveDist();
  const gzipped = await serveDist('dist', { compress: true });
  try {
    const [a, b] = await Promise.all([get(`${plain.origin}/reports/cop8-2016/`), get(`${gzipped.origin}/reports/cop8-2016/`)]);
    expect(a.headers.get('content-encoding')).toBeNull();
    expect(b.headers.get('content-encoding')).toBe('gzip');
    const html = await b.text();
    expect(html).toBe(await a.text());
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    expect(css).toBeDefined();
    expect((await get(`${gzipped.origin}${css}`)).headers.get('content-encoding')).toBe('gzip');
  } finally {
    await plain.close();
    await gzipped.close();
  }
});

test('an unknown path is a 404 with the site\'s 404 page, compressed or not', async () => {
  const gzipped = await serveDist('dist', { compress: true });
  try {
    const response = await get(`${gzipped.origin}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<title>');
  } finally {
    await gzipped.close();
  }
});
