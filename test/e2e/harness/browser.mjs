// Debian's chromium, headless, driven by playwright-core (which downloads no browser of its own).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = [process.env.POLICY_LENS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser binary to drive, or an error saying how to get one. */
export function chromiumPath() {
  const found = CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error('no Chromium found: install Debian\'s `chromium` (apt-get install chromium) or set POLICY_LENS_CHROMIUM to a Chromium binary');
  }
  return found;
}

/**
 * Launches headless Chromium with its profile in `profileDir` and returns the context and its
 * first page, sized like a laptop screen so the workbench lays out as a person would see it.
 */
export async function launchBrowser(profileDir) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
