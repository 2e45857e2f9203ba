// Screenshots of a built site for the README: each page at a phone's 390×844 and a desktop's
// 1280×800 (first screen only), in headless Chromium, the same set-up as the browser tests.
// Usage: node screenshots.mjs SITE_DIR OUT_DIR NAME=PAGE… (PAGE relative to SITE_DIR;
// writes OUT_DIR/NAME-phone.png and OUT_DIR/NAME-desktop.png). Exit 1 on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.LEAFPRESS_CHROMIUM || '/usr/bin/chromium';
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const [site, out, ...shots] = process.argv.slice(2);
if (!site || !out || shots.length === 0) {
  console.error('usage: node screenshots.mjs SITE_DIR OUT_DIR NAME=PAGE...');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'leafpress-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM, headless: true, offline: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--hide-scrollbars'],
});
try {
  for (const shot of shots) {
    const [name, page] = shot.split('=');
    const file = path.join(site, page);
    if (!fs.existsSync(file)) throw new Error(`${file} not found`);
    const tab = await context.newPage();
    for (const [size, viewport] of Object.entries(SIZES)) {
      await tab.setViewportSize(viewport);
      await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await tab.evaluate(() => document.fonts.ready);
      const target = path.join(out, `${name}-${size}.png`);
      await tab.screenshot({ path: target });
      console.log(`wrote ${target}`);
    }
    await tab.close();
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
