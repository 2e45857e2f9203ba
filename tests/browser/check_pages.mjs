// Opens leafpress's pages in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core) and checks what a reader would see: direction, working language links,
// fonts per script, English fallback blocks, no request to any other host. Saves one
// screenshot per language.
//
// Usage: node check_pages.mjs PAGES_DIR SCREENSHOT_DIR
// Exit 0 when every check passes, 1 when one fails, 77 when Chromium or playwright-core is
// missing (CTest reports a skip).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CHROMIUM = process.env.LEAFPRESS_CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
               '--no-first-run', '--disable-sync'];

const [pagesDir, screenshotDir] = process.argv.slice(2);
if (!pagesDir || !screenshotDir) {
  console.error('usage: node check_pages.mjs PAGES_DIR SCREENSHOT_DIR');
  process.exit(2);
}
if (!fs.existsSync(CHROMIUM)) {
  console.log(`SKIP: ${CHROMIUM} not found; install chromium (scripts/setup.sh) to run the browser tests`);
  process.exit(77);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (error) {
  console.log(`SKIP: playwright-core is not installed (npm ci in tests/browser): ${error.message}`);
  process.exit(77);
}

const manifest = JSON.parse(fs.readFileSync(path.join(pagesDir, 'pages.json'), 'utf8'));
fs.mkdirSync(screenshotDir, { recursive: true });

let failures = 0;
let checks = 0;
function check(ok, what) {
  checks += 1;
  if (!ok) failures += 1;
  console.log(`${ok ? 'ok' : 'FAIL'} - ${what}`);
}

// A fresh profile for every run, removed afterwards.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'leafpress-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: FLAGS,
  viewport: { width: 900, height: 1200 },
  offline: true,
});

// Every request must stay on the local disk: the pages need no other host.
const foreign = [];
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
  foreign.push(url);
  return route.abort();
});

// The platform fonts Chromium used for the text under `selector`, as [{familyName, glyphCount}].
async function platformFonts(page, selector) {
  const session = await context.newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return [];
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await session.detach();
  }
}

// Scripts whose rendering the issue asks about, with a selector for a paragraph in the
// page's own language.
const CHECK_FONTS = new Set(['ta', 'zh-Hans', 'zh-Hant', 'ar', 'ur', 'fa']);

try {
  for (const entry of manifest.pages) {
    const file = path.join(pagesDir, entry.file);
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const tag = entry.tag;

    const facts = await page.evaluate(() => {
      const links = [...document.querySelectorAll('nav.languages a, link[rel="alternate"], a[href]')]
        .map((element) => element.href);
      const current = [...document.querySelectorAll('nav.languages a[aria-current="page"]')]
        .map((a) => a.getAttribute('lang'));
      const switcher = [...document.querySelectorAll('nav.languages a')]
        .map((a) => ({ lang: a.getAttribute('lang'), dir: a.getAttribute('dir'), text: a.textContent }));
      const fallback = document.querySelector('.fallback');
      const draft = document.querySelector('.notice.draft');
      return {
        lang: document.documentElement.lang,
        dir: document.dir,
        bodyDirection: getComputedStyle(document.body).direction,
        links,
        current,
        switcher,
        fallback: fallback && {
          lang: fallback.getAttribute('lang'),
          dir: fallback.getAttribute('dir'),
          direction: getComputedStyle(fallback).direction,
          width: fallback.getBoundingClientRect().width,
        },
        images: document.images.length,
        draft: draft && { lang: draft.getAttribute('lang'), direction: getComputedStyle(draft).direction },
      };
    });

    check(facts.lang === tag, `${tag}: <html lang> is ${facts.lang}`);
    check(facts.dir === entry.dir, `${tag}: document.dir is ${facts.dir} (expected ${entry.dir})`);
    check(facts.bodyDirection === entry.dir, `${tag}: body's computed direction is ${facts.bodyDirection}`);
    check(facts.current.length === 1 && facts.current[0] === tag, `${tag}: aria-current marks only this page`);
    check(facts.switcher.length === manifest.pages.length &&
          facts.switcher.every((a) => a.lang && a.dir && a.text.trim().length > 0),
          `${tag}: switcher has ${facts.switcher.length} autonyms, each with lang and dir`);
    check(facts.images === 0, `${tag}: no images (no flags)`);
    const broken = facts.links.filter((href) => {
      if (!href.startsWith('file:')) return true;
      return !fs.existsSync(fileURLToPath(href.split('#')[0]));
    });
    check(broken.length === 0, `${tag}: all ${facts.links.length} switcher, hreflang and page links resolve` +
          (broken.length ? ` (broken: ${broken.join(', ')})` : ''));
    if (entry.fallback) {
      check(facts.fallback && facts.fallback.lang === 'en' && facts.fallback.dir === 'ltr' &&
            facts.fallback.direction === 'ltr' && facts.fallback.width > 0,
            `${tag}: the untranslated block has lang="en", dir and computed direction ltr`);
      // The test pages use English page furniture: on every other page it must say so.
      check(facts.draft && facts.draft.lang === 'en' && facts.draft.direction === 'ltr',
            `${tag}: the draft notice, in English, has lang="en" and computed direction ltr`);
    }

    if (CHECK_FONTS.has(tag)) {
      const selector = 'main p.body:not(.fallback), main p.preamble';
      const width = await page.evaluate((s) => {
        const element = document.querySelector(s);
        const range = document.createRange();
        range.selectNodeContents(element);
        return range.getBoundingClientRect().width;
      }, selector);
      check(width > 0, `${tag}: text renders with width ${width.toFixed(1)}px`);
      const fonts = await platformFonts(page, selector);
      const main = fonts.slice().sort((a, b) => b.glyphCount - a.glyphCount)[0];
      check(main && main.familyName === entry.font,
            `${tag}: most glyphs drawn in "${entry.font}" (${fonts.map((f) => `${f.familyName}: ${f.glyphCount}`).join(', ')})`);
      const ready = await page.evaluate((family) => document.fonts.check(`16px "${family}"`), entry.font);
      check(ready, `${tag}: document.fonts.check("${entry.font}")`);
    }
    check(consoleErrors.length === 0, `${tag}: no console errors ${consoleErrors.join('; ')}`);

    const shot = path.join(screenshotDir, `${tag}.png`);
    await page.screenshot({ path: shot });
    check(fs.statSync(shot).size > 1000, `${tag}: screenshot saved to ${shot}`);
    await page.close();
  }

  // The index lists every language version by autonym.
  const index = await context.newPage();
  await index.goto(pathToFileURL(path.join(pagesDir, manifest.index)).href);
  const indexLinks = await index.evaluate(() => [...document.querySelectorAll('main a')].map((a) => a.href));
  check(indexLinks.length === manifest.pages.length &&
        indexLinks.every((href) => fs.existsSync(fileURLToPath(href))),
        `index: ${indexLinks.length} links, all resolve`);
  await index.screenshot({ path: path.join(screenshotDir, 'index.png') });
  await index.close();
  check(foreign.length === 0, `no request to another host ${foreign.join(', ')}`);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

console.log(`${checks - failures}/${checks} checks passed`);
process.exit(failures ? 1 : 0);
