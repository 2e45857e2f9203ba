// Opens leafpress's pages in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core) and checks what a reader would see: axe-core finds no WCAG 2.2 A or AA
// violation, the skip link, landmarks, one h1, visible focus, reflow at 320 CSS px (and so at
// 200% zoom of a 640 px window), the switcher collapsed on a phone and open on a wide screen,
// no script, working links, no request to any other host; for the UDHR pages also direction,
// fonts per script and the labelled English fallback. Saves one screenshot per UDHR language.
//
// Usage: node check_pages.mjs SCREENSHOT_DIR UDHR_PAGES_DIR SITE_DIR…
// (UDHR_PAGES_DIR holds pages.json; each SITE_DIR is an output/html folder of a build.)
// Exit 0 when every check passes, 1 when one fails or anything needed is missing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CHROMIUM = process.env.LEAFPRESS_CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
               '--no-first-run', '--disable-sync'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const [screenshotDir, udhrDir, ...siteDirs] = process.argv.slice(2);
if (!screenshotDir || !udhrDir) {
  console.error('usage: node check_pages.mjs SCREENSHOT_DIR UDHR_PAGES_DIR SITE_DIR...');
  process.exit(2);
}
if (!fs.existsSync(CHROMIUM)) {
  console.log(`FAIL: ${CHROMIUM} not found; scripts/setup.sh installs Debian's chromium`);
  process.exit(1);
}
const require = createRequire(import.meta.url);
let chromium;
let axeSource;
try {
  ({ chromium } = await import('playwright-core'));
  axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
} catch (error) {
  console.log(`FAIL: playwright-core or axe-core is not installed (npm ci in tests/browser): ${error.message}`);
  process.exit(1);
}

const manifest = JSON.parse(fs.readFileSync(path.join(udhrDir, 'pages.json'), 'utf8'));
fs.mkdirSync(screenshotDir, { recursive: true });

let failures = 0;
let checks = 0;
function check(ok, what) {
  checks += 1;
  if (!ok) failures += 1;
  if (!ok || process.env.LEAFPRESS_VERBOSE) console.log(`${ok ? 'ok' : 'FAIL'} - ${what}`);
}

function htmlFiles(folder) {
  const out = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'leafpress-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: FLAGS,
  viewport: { width: 1280, height: 800 },
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

async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  }, WCAG_TAGS);
}

// Checks every page must pass, whatever project it comes from. `name` labels the output.
async function checkPage(file, name) {
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);

  const facts = await page.evaluate(() => {
    const visible = (element) => !!element && element.checkVisibility();
    const links = [...document.querySelectorAll('a[href], link[rel="alternate"]')].map((element) => element.href);
    return {
      scripts: document.scripts.length,
      h1: document.querySelectorAll('h1').length,
      main: document.querySelectorAll('main').length,
      contentinfo: document.querySelectorAll('body > footer').length,
      skip: document.querySelector('body > a.skip[href="#content"]') !== null && document.getElementById('content')?.tagName,
      links,
      switcher: !!document.querySelector('nav.languages details'),
      summaryVisible: visible(document.querySelector('nav.languages summary')),
      listVisible: visible(document.querySelector('nav.languages ul')),
      ogTitle: document.querySelector('meta[property="og:title"]')?.content,
      ogLocale: document.querySelector('meta[property="og:locale"]')?.content,
    };
  });
  check(facts.scripts === 0, `${name}: no script (nothing needs JavaScript)`);
  check(facts.h1 === 1, `${name}: one h1 (found ${facts.h1})`);
  check(facts.main === 1 && facts.contentinfo === 1, `${name}: main and footer landmarks`);
  check(facts.skip === 'MAIN', `${name}: skip link to <main id="content">`);
  check(!!facts.ogTitle && !!facts.ogLocale, `${name}: og:title and og:locale`);
  const broken = facts.links.filter((href) => !href.startsWith('file:') ||
                                              !fs.existsSync(fileURLToPath(href.split('#')[0])));
  check(broken.length === 0, `${name}: all ${facts.links.length} links resolve ${broken.join(', ')}`);
  if (facts.switcher) {
    check(!facts.summaryVisible && facts.listVisible, `${name}: at 1280 px the switcher's lists show, no summary`);
  }

  const violations = await axeViolations(page);
  check(violations.length === 0, `${name}: axe-core, WCAG 2.2 A/AA at 1280 px: ${violations.join(' | ') || 'none'}`);

  // Keyboard: the first Tab reaches the skip link, shown with a visible outline.
  await page.reload({ waitUntil: 'load' });
  await page.keyboard.press('Tab');
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    return { skip: element.classList.contains('skip'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth),
             inView: rect.top >= 0 && rect.bottom <= innerHeight && rect.width > 0 };
  });
  check(focus.skip && focus.inView && focus.outline !== 'none' && focus.width >= 2,
        `${name}: Tab shows the skip link with a ${focus.width}px ${focus.outline} outline`);

  // A phone: the switcher is one closed line and the title is on the first screen.
  await page.setViewportSize({ width: 390, height: 844 });
  const phone = await page.evaluate(() => ({
    summary: document.querySelector('nav.languages summary')?.checkVisibility(),
    list: document.querySelector('nav.languages ul')?.checkVisibility(),
    h1Top: document.querySelector('h1').getBoundingClientRect().top,
  }));
  if (facts.switcher) {
    check(phone.summary && !phone.list, `${name}: at 390 px the switcher is one closed line`);
  }
  check(phone.h1Top < 844 * 0.6, `${name}: at 390 px the h1 starts ${Math.round(phone.h1Top)} px down`);
  const phoneViolations = await axeViolations(page);
  check(phoneViolations.length === 0, `${name}: axe-core at 390 px: ${phoneViolations.join(' | ') || 'none'}`);

  // Reflow (WCAG 1.4.10): 320 CSS px, which is also 1280 px at 400% and 640 px at 200% zoom.
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 0, `${name}: no horizontal scrolling at ${width} CSS px (overflow ${overflow})`);
  }
  check(consoleErrors.length === 0, `${name}: no console errors ${consoleErrors.join('; ')}`);
  return page;
}

// Scripts whose rendering the pages must get right.
const CHECK_FONTS = new Set(['ta', 'zh-Hans', 'zh-Hant', 'ar', 'ur', 'fa']);

try {
  for (const entry of manifest.pages) {
    const tag = entry.tag;
    const page = await checkPage(path.join(udhrDir, entry.file), `udhr ${tag}`);
    await page.setViewportSize({ width: 900, height: 1200 });
    const facts = await page.evaluate(() => {
      const current = [...document.querySelectorAll('nav.languages li [aria-current="page"]')].map((a) => a.getAttribute('lang'));
      const switcher = [...document.querySelectorAll('nav.languages li .autonym')]
        .map((a) => ({ lang: a.getAttribute('lang'), dir: a.getAttribute('dir'), text: a.textContent }));
      const fallback = document.querySelector('.fallback');
      const label = document.querySelector('.fallback-label');
      const draft = document.querySelector('.notice.draft');
      return {
        lang: document.documentElement.lang,
        dir: document.dir,
        bodyDirection: getComputedStyle(document.body).direction,
        current,
        switcher,
        fallback: fallback && {
          lang: fallback.getAttribute('lang'),
          dir: fallback.getAttribute('dir'),
          direction: getComputedStyle(fallback).direction,
          width: fallback.getBoundingClientRect().width,
        },
        label: label && { visible: label.checkVisibility(), text: label.textContent, next: label.nextElementSibling === fallback },
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
    if (entry.fallback) {
      check(facts.fallback && facts.fallback.lang === 'en' && facts.fallback.dir === 'ltr' &&
            facts.fallback.direction === 'ltr' && facts.fallback.width > 0,
            `${tag}: the untranslated block has lang="en", dir and computed direction ltr`);
      check(facts.label && facts.label.visible && facts.label.next && facts.label.text.includes('English'),
            `${tag}: a visible label says the next paragraph is shown in English`);
      check(facts.draft && facts.draft.lang === 'en' && facts.draft.direction === 'ltr',
            `${tag}: the draft notice, in English, has lang="en" and computed direction ltr`);
    }
    if (CHECK_FONTS.has(tag)) {
      const selector = 'main p.body:not(.fallback), main p.preamble';
      const width = await page.evaluate((s) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(s));
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
    // Autonyms look the same size: Arabic-script names, small at one font size, are set larger.
    const heights = await page.evaluate(() => {
      const out = {};
      for (const a of document.querySelectorAll('nav.languages li .autonym'))
        out[a.getAttribute('lang')] = parseFloat(getComputedStyle(a).fontSize);
      return out;
    });
    if (heights.ar && heights.en) check(heights.ar > heights.en, `${tag}: Arabic autonym set larger (${heights.ar} px vs ${heights.en} px)`);
    await page.screenshot({ path: path.join(screenshotDir, `${tag}.png`) });
    await page.close();
  }
  (await checkPage(path.join(udhrDir, manifest.index), 'udhr index')).close();

  for (const site of siteDirs) {
    const files = htmlFiles(site);
    check(files.length > 0, `${site}: has pages`);
    for (const file of files) (await checkPage(file, path.relative(site, file))).close();
    const sitemap = fs.readFileSync(path.join(site, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    check(locs.length === files.length && locs.every((loc) => fs.existsSync(path.join(site, loc))),
          `${site}: sitemap.xml lists all ${files.length} pages (${locs.length} <loc>)`);
  }
  check(foreign.length === 0, `no request to another host ${foreign.join(', ')}`);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

console.log(`${checks - failures}/${checks} checks passed`);
process.exit(failures ? 1 : 0);
