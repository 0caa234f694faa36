// Fails `npm test` with one clear line when no Chromium is installed: browser tests never skip.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}: install it with \`sudo apt-get install chromium\` (or set CHROMIUM_PATH) — browser tests cannot run without it.`,
  );
  process.exit(1);
}
