// A stock Starlight site to compare this project's build with (`npm run bench -- --peer`): the
// latest @astrojs/starlight and the newest astro its peer range allows, npm-installed from the
// registry into a temp folder, fed the same Markdown bodies as plain docs pages, built clean and
// timed. Two processors: 'default' (Astro's own, Sätteri since Astro 7) and 'unified'
// (`markdown.processor = unified()` from @astrojs/markdown-remark).
// Layout: <base>/install holds the one npm install; <base>/<processor> is a site whose
// node_modules is a symlink to it, so both processors share one install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface PeerSite { dir: string; processor: 'default' | 'unified'; }

type Body = { slug: string; title: string; markdown: string };
type Versions = Record<string, string>;

const TIME = '/usr/bin/time';
const INSTALL = 'install';
let defaultBase: string | undefined;
let resolved: Versions | undefined;

/** `npm view <spec> version`: the newest published version matching spec. */
function newest(spec: string): string {
  const out = execFileSync('npm', ['view', spec, 'version', '--json'], { encoding: 'utf8' });
  const found = JSON.parse(out) as string | string[];
  return Array.isArray(found) ? found.at(-1)! : found;
}

/** Latest Starlight, and the newest astro and @astrojs/markdown-remark its peer ranges allow. */
function resolveVersions(): Versions {
  const starlight = newest('@astrojs/starlight');
  const peers = JSON.parse(execFileSync('npm', ['view', `@astrojs/starlight@${starlight}`, 'peerDependencies', '--json'], { encoding: 'utf8' })) as Record<string, string>;
  return {
    '@astrojs/starlight': starlight,
    astro: newest(`astro@${peers.astro ?? 'latest'}`),
    '@astrojs/markdown-remark': newest(`@astrojs/markdown-remark@${peers['@astrojs/markdown-remark'] ?? 'latest'}`),
  };
}

function installedVersion(install: string, name: string): string | undefined {
  const file = join(install, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

/** npm-installs the exact versions into <base>/install, unless they are already there. */
function ensureInstall(base: string, versions: Versions): string {
  const install = join(base, INSTALL);
  if (Object.entries(versions).every(([name, v]) => installedVersion(install, name) === v)) return install;
  mkdirSync(install, { recursive: true });
  writeFileSync(join(install, 'package.json'), JSON.stringify({ name: 'peer-install', private: true, type: 'module' }, null, 2));
  const specs = Object.entries(versions).map(([name, v]) => `${name}@${v}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...specs], { cwd: install, stdio: ['ignore', 'ignore', 'inherit'] });
  return install;
}

function astroConfig(processor: PeerSite['processor']): string {
  const unified = processor === 'unified';
  return [
    "import { defineConfig } from 'astro/config';",
    "import starlight from '@astrojs/starlight';",
    ...(unified ? ["import { unified } from '@astrojs/markdown-remark';"] : []),
    '',
    'export default defineConfig({',
    ...(unified ? ['  markdown: { processor: unified() },'] : []),
    "  integrations: [starlight({ title: 'Peer' })],",
    '});',
    '',
  ].join('\n');
}

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** A docs page: only a title in the front matter (JSON strings are valid YAML scalars). */
const page = (title: string, markdown: string) => `---\ntitle: ${JSON.stringify(title)}\n---\n\n${markdown}\n`;

/**
 * The site's own package.json must list its dependencies: Astro finds the packages to bundle
 * rather than externalise (Starlight imports astro:* modules) by crawling it.
 */
function sitePackage(processor: PeerSite['processor'], versions: Versions): string {
  const names = ['@astrojs/starlight', 'astro', ...(processor === 'unified' ? ['@astrojs/markdown-remark'] : [])];
  const dependencies = Object.fromEntries(names.map((name) => [name, versions[name]!]));
  return JSON.stringify({ name: `peer-${processor}`, private: true, type: 'module', dependencies }, null, 2);
}

function writeSite(dir: string, processor: PeerSite['processor'], versions: Versions, bodies: Body[]): void {
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  symlinkSync(join('..', INSTALL, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), sitePackage(processor, versions));
  writeFileSync(join(dir, 'astro.config.mjs'), astroConfig(processor));
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(docs, 'index.md'), page('Peer', `A stock Starlight site holding ${bodies.length} reports.`));
  for (const b of bodies) writeFileSync(join(docs, `${b.slug}.md`), page(b.title, b.markdown));
}

/**
 * Sets up a stock Starlight site for `processor` at <baseDir>/<processor>, feeding it `bodies` as
 * src/content/docs/<slug>.md plus an index.md, and returns it. Without baseDir, one temp folder
 * per process is used, so two calls (one per processor) share the npm install. The install holds
 * all three packages, so the 'default' site has @astrojs/markdown-remark in node_modules too
 * (an optional peer of Starlight; unused unless configured).
 */
export async function setupStarlightPeer(bodies: Body[], processor: PeerSite['processor'], baseDir?: string): Promise<PeerSite> {
  const base = baseDir ?? (defaultBase ??= mkdtempSync(join(tmpdir(), 'starlight-peer-')));
  mkdirSync(base, { recursive: true });
  const versions = (resolved ??= resolveVersions());
  console.log(`peer (${processor}): ${Object.entries(versions).map(([n, v]) => `${n}@${v}`).join(', ')}`);
  ensureInstall(base, versions);
  const dir = join(base, processor);
  writeSite(dir, processor, versions, bodies);
  return { dir, processor };
}

function astroBin(dir: string): string {
  const pkg = join(dir, 'node_modules/astro/package.json');
  const { bin } = JSON.parse(readFileSync(pkg, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(pkg), typeof bin === 'string' ? bin : bin.astro!);
}

/** Preload for a child without GNU time: at exit it writes its own peak RSS (KB) to PEER_RSS_FILE. */
const RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.PEER_RSS_FILE, String(process.resourceUsage().maxRSS)));",
)}`;

/** Runs `astro build --silent`; returns the run and the peak RSS in KB. */
function runBuild(dir: string): { status: number | null; stderr: string; peakKb: number | undefined } {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const args = [astroBin(dir), 'build', '--silent'];
  const opts = { cwd: dir, encoding: 'utf8' as const, maxBuffer: 1 << 28 };
  if (existsSync(TIME)) {
    const run = spawnSync(TIME, ['-v', process.execPath, ...args], { ...opts, env });
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
    return { status: run.status, stderr: run.stderr, peakKb: kb ? Number(kb) : undefined };
  }
  const file = join(dir, '.peer-rss');
  const run = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { ...opts, env: { ...env, PEER_RSS_FILE: file } });
  const kb = existsSync(file) ? Number(readFileSync(file, 'utf8')) : undefined;
  rmSync(file, { force: true });
  return { status: run.status, stderr: run.stderr, peakKb: kb };
}

/**
 * One clean build (no dist/, .astro/ or node_modules/.astro) with `astro build --silent`: wall
 * seconds, and peak RSS in MB. With /usr/bin/time it is GNU time's "Maximum resident set size" of
 * the build, i.e. the largest single process (astro's node, or Pagefind's binary it spawns), not
 * their sum. Without it, the astro node process reports its own process.resourceUsage().maxRSS at
 * exit (an --import hook), which leaves out any subprocess.
 */
export function timeCleanBuild(dir: string): { seconds: number; peakMb: number | undefined } {
  for (const cache of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, cache), { recursive: true, force: true });
  const started = performance.now();
  const run = runBuild(dir);
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`astro build failed in ${dir}:\n${run.stderr.slice(-3000)}`);
  return { seconds, peakMb: run.peakKb === undefined ? undefined : Math.round(run.peakKb / 1024) };
}

/** Removes the site; when it was the last site beside the install, removes the whole base folder. */
export function removePeer(site: PeerSite): void {
  const base = dirname(site.dir);
  rmSync(site.dir, { recursive: true, force: true });
  const left = existsSync(base) ? readdirSync(base).filter((name) => name !== INSTALL) : [];
  if (left.length === 0) rmSync(base, { recursive: true, force: true });
  if (base === defaultBase && !existsSync(base)) defaultBase = undefined;
}
