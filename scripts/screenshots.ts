// npm run screenshots: each page kind at 375 px and 1280 px (light and dark), and the printed
// report as PDF, into test-output/screenshots/ (git-ignored). Needs a built dist/.
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/helpers/browser';
import { serveDist } from '../tests/helpers/serve-dist';

const pages: [string, string][] = [
  ['home', '/'],
  ['reports', '/reports/'],
  ['report', '/reports/cop12-2024/#para-42'],
  ['report-ga', '/reports/ga74-2019/#para-139'],
  ['report-notes', '/reports/cop10-2020/#para-4'],
  ['session', '/sessions/cop8/'],
  ['sessions', '/sessions/'],
  ['about', '/about/'],
  ['data', '/data/'],
  ['themes', '/themes/'],
  ['theme', '/themes/protection-of-victims/'],
  ['conclusions', '/conclusions/'],
  ['figures', '/figures/'],
  ['figure', '/figures/case-law/'],
  ['country', '/countries/nga/'],
  ...(process.argv.slice(2).map((p, i) => [`extra-${i}`, p] as [string, string])),
];
const out = 'test-output/screenshots';
mkdirSync(out, { recursive: true });
const served = await serveDist();
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: width === 375 ? 800 : 900 }, colorScheme: scheme });
      for (const [name, path] of pages) {
        const response = await page.goto(served.origin + path, { waitUntil: 'networkidle' });
        if (!response?.ok()) console.warn(`${path}: HTTP ${response?.status()}`);
        await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png` });
      }
      await page.close();
    }
  }
  const page = await browser.newPage();
  await page.goto(`${served.origin}/reports/cop10-2020/`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${out}/report-print.pdf`, format: 'A4' });
  console.log(`screenshots written to ${out}/`);
} finally {
  await browser.close();
  await served.close();
}
