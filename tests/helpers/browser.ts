// Launches headless Chromium for tests and screenshots without a system install:
// /usr/bin/chromium when present, else the Chromium shipped in the @sparticuz/chromium package.
// Flags keep it off the network (this machine has none) and sandbox-free (we run as root in CI).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const QUIET_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function chromiumPath(): Promise<{ executablePath: string; args: string[] }> {
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: QUIET_FLAGS };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  // Its Lambda-oriented flags include --single-process (which cannot open a second page) and
  // --disable-web-security (which would hide same-origin problems from our tests): drop them.
  const unwanted = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);
  const args = sparticuz.args.filter((arg: string) => !unwanted.has(arg));
  return { executablePath: await sparticuz.executablePath(), args: [...args, ...QUIET_FLAGS] };
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await chromiumPath();
  return chromium.launch({ executablePath, args: [...new Set(args)], headless: true });
}
