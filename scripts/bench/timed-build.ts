// One `astro build` of a project folder, timed: wall seconds, peak memory of the largest process
// (GNU time's %M, where /usr/bin/time exists) and the time of each stage, read off the build log:
// content sync and render (the report loader's line), page generation (Astro's "Completed in"
// after the page list), search index (the Pagefind integration's line). Clean by default: no dist/,
// no content cache (.astro/), no bundled render worker, as on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildTiming {
  seconds: number;
  peakMb: number | undefined;
  /** Report loader: read, check, render and store every changed report. */
  renderMs: number | undefined;
  reportsRendered: number | undefined;
  /** Astro writing the pages. */
  pagesMs: number | undefined;
  /** Pagefind indexing the records (it runs beside the page build). */
  searchMs: number | undefined;
  /** How long the build waited for the index after the pages were written. */
  searchWaitMs: number | undefined;
}

export interface Options {
  /** Keep dist/'s caches (.astro/, the worker bundle): a rebuild as a maintainer runs it. */
  keepCaches?: boolean;
}

const TIME = '/usr/bin/time';

export function timedBuild(cwd: string, { keepCaches = false }: Options = {}): BuildTiming {
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  if (!keepCaches) {
    for (const cache of ['.astro', 'node_modules/.cache/palermo-record']) rmSync(join(cwd, cache), { recursive: true, force: true });
  }
  // Run as the peer is run (scripts/bench/starlight-peer.ts): Astro's CLI on this Node, no npx
  // (0.4 s of its own), telemetry off.
  const command = [process.execPath, join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const options = { cwd, encoding: 'utf8' as const, maxBuffer: 1 << 28, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } };
  const started = performance.now();
  const run = existsSync(TIME)
    ? spawnSync(TIME, ['-f', 'PEAK_KB=%M', ...command], options)
    : spawnSync(command[0]!, command.slice(1), options);
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${run.stderr.slice(-3000)}`);
  const log = `${run.stdout}\n${run.stderr}`;
  const number = (re: RegExp) => { const m = re.exec(log); return m ? Number(m[1]) : undefined; };
  // Astro writes "Completed in 2.01s.", "Completed in 310ms." or, past a minute, "Completed in 1m 10s.".
  const pagesS = [...log.matchAll(/^\S+ ✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)\.$/gm)].at(-1);
  return {
    seconds,
    peakMb: number(/PEAK_KB=(\d+)/) !== undefined ? Math.round(number(/PEAK_KB=(\d+)/)! / 1024) : undefined,
    renderMs: number(/\[palermo-record:reports\] \d+ reports: \d+ rendered[^(]*\((\d+) ms/),
    reportsRendered: number(/\[palermo-record:reports\] \d+ reports: (\d+) rendered/),
    pagesMs: pagesS ? Number(pagesS[1] ?? 0) * 60_000 + Number(pagesS[2]) * (pagesS[3] === 's' ? 1000 : 1) : undefined,
    searchMs: number(/\[palermo-record:pagefind\] .*indexed in (\d+) ms/),
    searchWaitMs: number(/\[palermo-record:pagefind\] .*waited (\d+) ms after it/),
  };
}

export function describeTiming(t: BuildTiming): string {
  const s = (ms: number | undefined) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`);
  return `${t.seconds.toFixed(1)} s (render ${s(t.renderMs)} for ${t.reportsRendered ?? '?'} reports, pages ${s(t.pagesMs)}, search index ${s(t.searchMs)} beside the pages, ${s(t.searchWaitMs)} waited after them; peak ${t.peakMb ?? '?'} MB)`;
}
