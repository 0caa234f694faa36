/** Where Debian's Chromium lives and how to start it here (no downloads, no calls home). */
import { existsSync } from 'node:fs';

/** The Chromium binary: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** True when the Chromium binary is present. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** Flags that keep Chromium quiet on a machine with no network and running as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launch options for Playwright's chromium.launch. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: chromiumArgs };
}
