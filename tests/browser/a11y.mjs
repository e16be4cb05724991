// Accessibility, keyboard and layout checks of the survey form in headless Chromium.
//
//   node tests/browser/a11y.mjs http://127.0.0.1:PORT
//
// Run by tests/browser.rs against a freshly started `atmos up` (survey oulu-atmosphere, wave
// 2026 open). For each of fi, en and ar it walks the whole journey in a fresh browser context
// (landing, every survey page, an error state, save and resume with a code, the resume form
// and its error, check your answers, submit, thank you, not found) and on every page:
//   - runs axe-core (WCAG 2.0/2.1 A and AA rules) at 1280 px and at 320 px,
//   - checks <html lang dir>,
//   - takes full-page screenshots at 320 and 1280 px into
//     tests/artifacts/screenshots/<lang>/<nn>-<page>-<width>.png,
//   - checks that nothing scrolls sideways at 320 px (WCAG 1.4.10 Reflow).
// The background page is answered with the keyboard alone (Tab, Space, arrow keys, Enter),
// checking at every stop that the focus is visible.
// Prints a report; exits 1 on any axe violation or failed check.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM = '/usr/bin/chromium';
const LANGS = ['fi', 'en', 'ar'];
const RTL = new Set(['ar', 'fa']);
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
const SURVEY = '/s/oulu-atmosphere/2026';
// landing, 9 survey pages, atmosphere error, saved, resume, resume error, check, done, not found
const PAGES_PER_LANGUAGE = 19;
// the first dashboard visit: 17 pages (with the one-time password's change); later ones: 15
// (each with the new analyst's microdata page)
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = path.resolve(HERE, '..', 'artifacts', 'screenshots');
// Languages with interface texts (i18n/<lang>/ui.ftl).
const I18N = path.resolve(HERE, '..', '..', 'i18n');
const UI_LANGS = readdirSync(I18N).filter((l) => existsSync(path.join(I18N, l, 'ui.ftl')));

const base = (process.argv[2] || '').replace(/\/+$/, '');
// The first admin's one-time password as `atmos up` printed it (optional: without it the
// dashboard is not visited).
const adminPassword = process.argv[3] || '';
const DASHBOARD_LANGS = ['fi', 'sv', 'en'];
const NEW_ADMIN_PASSWORD = 'browser test password 2026';
if (!/^https?:\/\//.test(base)) {
  console.error('usage: node a11y.mjs http://127.0.0.1:PORT');
  process.exit(2);
}

/** axe violations: { lang, page, url, width, id, impact, help, targets } */
const violations = [];
/** axe "needs review" results, reported but not failing: rule id -> count */
const incomplete = new Map();
/** other failed checks: { lang, page, url, message } */
const failures = [];
/** things worth knowing that are not failures */
const notes = [];
let pagesChecked = 0;

const started = Date.now();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  rmSync(SHOTS, { recursive: true, force: true });
  for (const lang of LANGS) {
    await journey(lang);
  }
  if (adminPassword) {
    for (const [i, lang] of DASHBOARD_LANGS.entries()) {
      await dashboard(lang, i === 0);
    }
  } else {
    fail({ lang: '-', page: 'dashboard', url: base }, 'no admin password given: the dashboard was not checked');
  }
} finally {
  await browser.close();
}

report();

// ------------------------------------------------------------------ the journey

async function journey(lang) {
  mkdirSync(path.join(SHOTS, lang), { recursive: true });
  // The site's CSP allows no inline or injected scripts: bypass it so axe can be injected.
  const context = await browser.newContext({ bypassCSP: true, viewport: WIDE, locale: lang });
  const page = await context.newPage();
  // Generous: CI machines are small and busy (a screenshot took over 15 s under load).
  page.setDefaultTimeout(60_000);
  const s = { lang, page, n: 0 };
  try {
    await steps(s);
  } catch (e) {
    fail(s, `journey stopped: ${e && e.stack ? e.stack : e}`);
  } finally {
    await context.close();
  }
}

async function steps(s) {
  const { page } = s;

  // Landing page, language chosen with ?lang= (remembered in a cookie from here on).
  let resp = await page.goto(`${base}${SURVEY}?lang=${s.lang}`);
  await checkPage(s, 'landing', resp, 200);

  // Start: the first page of the survey.
  resp = await navigate(page, () => page.locator(`form[action$="/start"] button[type=submit]`).click());
  expectPath(s, '/p/background');
  await checkPage(s, 'background', resp, 200);

  // Background, with the keyboard alone.
  resp = await keyboardPage(s);
  expectPath(s, '/p/atmosphere');

  // An error state: Continue with a required question unanswered.
  await checkPage(s, 'atmosphere', resp, 200);
  resp = await navigate(page, () => page.locator('button[name=_action][value=next]').click());
  expectPath(s, '/p/atmosphere');
  await checkErrorSummary(s);
  await checkPage(s, 'atmosphere-error', resp, 422);
  await answerPage(page);
  resp = await navigate(page, () => page.locator('button[name=_action][value=next]').click());
  expectPath(s, '/p/home');

  // Home: answered, then "Save and continue later" gives the resume code.
  await checkPage(s, 'home', resp, 200);
  await answerPage(page);
  resp = await navigate(page, () => page.locator('button[name=_action][value=save]').click());
  await checkPage(s, 'saved', resp, 200);
  const code = ((await page.locator('.code code').textContent()) || '').trim();
  if (!/^[A-Z2-7]{4}(-[A-Z2-7]{1,4})+$/.test(code)) fail(s, `no resume code on the saved page: "${code}"`);

  // The resume form: first empty (error state), then with the code.
  resp = await navigate(page, () => page.locator(`main a[href$="/resume"]`).click());
  expectPath(s, '/resume');
  await checkPage(s, 'resume', resp, 200);
  resp = await navigate(page, () => page.locator(`form[action$="/resume"] button[type=submit]`).click());
  await checkErrorSummary(s);
  await checkPage(s, 'resume-error', resp, 422);
  await page.locator('#f-code').fill(code.toLowerCase());
  resp = await navigate(page, () => page.locator(`form[action$="/resume"] button[type=submit]`).click());
  expectPath(s, '/p/inclusion'); // the first page with nothing answered yet

  // The rest of the pages, answered so that every follow-up question applies.
  for (const id of ['inclusion', 'discrimination', 'discrimination_details', 'harassment', 'services', 'trust', 'comments']) {
    expectPath(s, `/p/${id}`);
    await checkPage(s, id, resp, 200);
    await answerPage(page);
    resp = await navigate(page, () => page.locator('button[name=_action][value=next]').click());
  }

  // Check your answers, then submit.
  expectPath(s, '/check');
  await checkPage(s, 'check', resp, 200);
  const rows = await page.locator('.summary-row').count();
  if (rows < 30) fail(s, `check page lists only ${rows} answers`);
  resp = await navigate(page, () => page.locator(`form[action$="/submit"] button[type=submit]`).click());
  expectPath(s, '/done');
  await checkPage(s, 'done', resp, 200);

  // Not found.
  resp = await page.goto(`${base}/no-such-page`);
  await checkPage(s, 'not-found', resp, 404, { siteWide: true });

  // The front page: the surveys open now.
  resp = await page.goto(`${base}/`);
  await checkPage(s, 'index', resp, 200, { siteWide: true });
}

/** Runs `action` (a click or key press that submits or follows a link) and waits for the page
 *  it leads to; returns that page's response (after redirects). */
async function navigate(page, action) {
  const [resp] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
  return resp;
}

function expectPath(s, suffix) {
  const p = new URL(s.page.url()).pathname;
  if (!p.endsWith(suffix)) {
    throw new Error(`expected to be on …${suffix}, but the browser is on ${s.page.url()}`);
  }
}

/** Answers every question shown on a survey page by clicking (the keyboard is tested on the
 *  background page): first option of every radio group (disc_any "yes" and reported "no", so
 *  that every follow-up question applies), the first box of every checkbox group, a little
 *  text in every text area. */
async function answerPage(page) {
  const prefer = { disc_any: 'yes', reported: 'no', native_language: 'arabic', region_of_birth: 'europe' };
  const groups = await page.$$eval('input[type=radio], input[type=checkbox]', (els) => {
    const seen = new Map();
    for (const el of els) if (!seen.has(el.name)) seen.set(el.name, el.type);
    return [...seen].map(([name, type]) => ({ name, type }));
  });
  for (const { name, type } of groups) {
    const value = prefer[name];
    const sel = value
      ? `input[name="${name}"][value="${value}"]`
      : `input[type=${type}][name="${name}"]`;
    await page.locator(sel).first().check();
  }
  for (const ta of await page.locator('textarea').all()) {
    await ta.fill('Test answer: more places to meet people.');
  }
}

// ------------------------------------------------------------------ keyboard

/** Answers the background page with Tab, Space, arrow keys, typing and Enter only, checking
 *  at every stop that the focus is visible. Returns the next page's response. */
async function keyboardPage(journey) {
  const { page } = journey;
  const s = { lang: journey.lang, page: 'keyboard on the background page', url: page.url() };
  await page.bringToFront();
  // Start from the top of the document, as after loading the page.
  await page.evaluate(() => {
    document.activeElement && document.activeElement.blur && document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  const done = new Set();
  let radioGroups = 0;
  let typed = 0;
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    if (!f) {
      fail(s, `Tab #${i + 1} focused nothing`);
      continue;
    }
    if (i === 0 && !(f.cls.includes('skip-link') && f.onScreen)) {
      fail(s, `the first Tab should show the skip link, it focused ${f.desc}`);
    }
    if (!f.visible) {
      fail(s, `focus not visible on ${f.desc} (outline: ${f.outline}; box-shadow: ${f.boxShadow})`);
    }
    if (f.tag === 'input' && f.type === 'radio' && !done.has(f.name)) {
      // Space ticks the focused (first) option, ArrowDown moves to and ticks the next one.
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      done.add(f.name);
      radioGroups++;
      const ok = await page.evaluate(
        (n) => document.querySelectorAll(`input[name="${n}"]:checked`).length === 1 &&
          document.activeElement.checked,
        f.name,
      );
      if (!ok) fail(s, `the keyboard did not choose an option in radio group ${f.name}`);
    } else if (f.tag === 'input' && f.type === 'text' && f.name === 'year_moved_finland') {
      await page.keyboard.type('2015');
      typed++;
    } else if (f.tag === 'button' && f.value === 'next') {
      if (radioGroups < 9 || typed < 1) {
        fail(s, `keyboard walk reached Continue after only ${radioGroups} radio groups and ${typed} text fields`);
      }
      return navigate(page, () => page.keyboard.press('Enter'));
    }
  }
  throw new Error('Tab never reached the Continue button on the background page');
}

async function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow && cs.boxShadow !== 'none';
    const r = el.getBoundingClientRect();
    return {
      cls: String(el.className || ''),
      onScreen: r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= innerWidth,
      tag: el.tagName.toLowerCase(),
      type: el.type || '',
      name: el.name || '',
      value: el.value || '',
      desc: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? `[name=${el.name}]` : ''}` +
        ` "${(el.textContent || el.value || '').trim().slice(0, 40)}"`,
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      boxShadow: cs.boxShadow,
      visible: outline || shadow,
    };
  });
}

// ------------------------------------------------------------------ the dashboard

/** Signs in as the first admin (changing the one-time password on the first visit), then
 *  checks every staff page: sign-in (and its error), password change, overview (with the
 *  admin's wave forms), accounts (and an error), the one-time password of a new account, the
 *  audit log; signs out. */
async function dashboard(lang, first) {
  const s = { lang, n: 100 };
  mkdirSync(path.join(SHOTS, lang), { recursive: true });
  const context = await browser.newContext({ bypassCSP: true, viewport: WIDE, locale: lang, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  s.page = page;
  try {
    let resp = await page.goto(`${base}/dashboard/login?lang=${lang}`);
    await checkPage(s, 'dash-login', resp, 200);
    await page.fill('#f-username', 'admin');
    await page.fill('#f-password', 'not the password');
    resp = await navigate(page, () => page.locator('form[action="/dashboard/login"] button[type=submit]').click());
    await checkPage(s, 'dash-login-error', resp, 401);

    await page.fill('#f-username', 'admin');
    await page.fill('#f-password', first ? adminPassword : NEW_ADMIN_PASSWORD);
    resp = await navigate(page, () => page.locator('form[action="/dashboard/login"] button[type=submit]').click());
    if (first) {
      expectPath(s, '/dashboard/password');
      await checkPage(s, 'dash-password-must-change', resp, 200);
      await page.fill('#f-current', adminPassword);
      await page.fill('#f-new', 'short');
      await page.fill('#f-confirm', 'other');
      resp = await navigate(page, () => page.locator('form[action="/dashboard/password"] button[type=submit]').click());
      await checkPage(s, 'dash-password-errors', resp, 422);
      await page.fill('#f-current', adminPassword);
      await page.fill('#f-new', NEW_ADMIN_PASSWORD);
      await page.fill('#f-confirm', NEW_ADMIN_PASSWORD);
      resp = await navigate(page, () => page.locator('form[action="/dashboard/password"] button[type=submit]').click());
    }
    expectPath(s, '/dashboard');
    await checkPage(s, 'dash-home', resp, 200);

    // The survey's indicators: trends with tables, then broken down by gender; a chart and the
    // table (XLSX) saved.
    resp = await navigate(page, () => page.locator('a[href="/dashboard/surveys/oulu-atmosphere"]').first().click());
    await checkPage(s, 'dash-survey', resp, 200);
    await page.selectOption('#f-by', 'gender');
    resp = await navigate(page, () => page.locator('form.breakdown-form button[type=submit]').click());
    await checkPage(s, 'dash-survey-by-gender', resp, 200);
    if (!new URL(page.url()).search.includes('by=gender')) fail(s, `breakdown not in the address: ${page.url()}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.chart-downloads a[href$=".png"]').first().click(),
    ]);
    const saved = await download.path();
    if (!saved || !(await download.suggestedFilename()).endsWith('.png')) fail(s, 'the chart download did not arrive as a .png');
    const [table] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[href*="/table.xlsx"]').click(),
    ]);
    if (!(await table.path()) || !(await table.suggestedFilename()).endsWith('.xlsx')) fail(s, 'the table download did not arrive as an .xlsx');
    // The wave comparison, then first against last wave by gender.
    resp = await navigate(page, () => page.locator('a[href$="/compare"]').click());
    await checkPage(s, 'dash-compare', resp, 200);
    await page.selectOption('#f-pair', '2020~2024');
    await page.selectOption('#f-by', 'gender');
    resp = await navigate(page, () => page.locator('form.breakdown-form button[type=submit]').click());
    await checkPage(s, 'dash-compare-by-gender', resp, 200);
    // A wave's population margins, and a malformed file refused with its error summary.
    resp = await page.goto(`${base}/dashboard`);
    resp = await navigate(page, () => page.locator('a[href="/dashboard/waves/oulu-atmosphere/2024/margins"]').click());
    await checkPage(s, 'dash-margins', resp, 200);
    await page.setInputFiles('#f-file', { name: 'margins.csv', mimeType: 'text/csv', buffer: Buffer.from('breakdown,group,population\ngender,female,many\n') });
    resp = await navigate(page, () => page.locator('form[enctype="multipart/form-data"] button[type=submit]').click());
    await checkPage(s, 'dash-margins-error', resp, 422);
    resp = await page.goto(`${base}/dashboard`);

    resp = await navigate(page, () => page.locator('a[href="/dashboard/users"]').click());
    await checkPage(s, 'dash-users', resp, 200);
    await page.fill('#f-username', 'Not Valid!');
    resp = await navigate(page, () => page.locator('form[action="/dashboard/users"] button[type=submit]').click());
    await checkPage(s, 'dash-users-error', resp, 422);
    await page.fill('#f-username', `analyst-${lang}`);
    await page.check('#f-role-analyst');
    resp = await navigate(page, () => page.locator('form[action="/dashboard/users"] button[type=submit]').click());
    await checkPage(s, 'dash-one-time-password', resp, 200);
    const analystPassword = (await page.locator('p.code code').textContent()).trim();
    await analystPages(s, lang, `analyst-${lang}`, analystPassword);

    resp = await page.goto(`${base}/dashboard/password`);
    await checkPage(s, 'dash-password', resp, 200);
    resp = await page.goto(`${base}/dashboard/audit`);
    await checkPage(s, 'dash-audit', resp, 200);
    resp = await page.goto(`${base}/dashboard`);
    resp = await navigate(page, () => page.locator('form[action="/dashboard/logout"] button[type=submit]').click());
    expectPath(s, '/dashboard/login');
  } catch (e) {
    fail(s, `dashboard stopped: ${e && e.stack ? e.stack : e}`);
  } finally {
    await context.close();
  }
}

/// The new analyst signs in with the one-time password, picks their own, and opens the
/// microdata page (analysts only).
async function analystPages(admin, lang, username, oneTime) {
  const s = { lang, n: 200 };
  const context = await browser.newContext({ bypassCSP: true, viewport: WIDE, locale: lang, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  s.page = page;
  try {
    await page.goto(`${base}/dashboard/login?lang=${lang}`);
    await page.fill('#f-username', username);
    await page.fill('#f-password', oneTime);
    await navigate(page, () => page.locator('form[action="/dashboard/login"] button[type=submit]').click());
    expectPath(s, '/dashboard/password');
    await page.fill('#f-current', oneTime);
    await page.fill('#f-new', NEW_ADMIN_PASSWORD);
    await page.fill('#f-confirm', NEW_ADMIN_PASSWORD);
    await navigate(page, () => page.locator('form[action="/dashboard/password"] button[type=submit]').click());
    expectPath(s, '/dashboard');
    const resp = await page.goto(`${base}/dashboard/surveys/oulu-atmosphere/microdata`);
    await checkPage(s, 'dash-microdata', resp, 200);
    const [data] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('form[action$="/microdata/download"] button[type=submit]').click(),
    ]);
    if (!(await data.suggestedFilename()).endsWith('.csv')) fail(s, 'the microdata download did not arrive as a .csv');
  } catch (e) {
    fail(s, `analyst pages stopped: ${e && e.stack ? e.stack : e}`);
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ checks on every page

async function checkPage(s, name, resp, status, opts = {}) {
  const { page, lang } = s;
  s.n += 1;
  pagesChecked += 1;
  const label = `${String(s.n).padStart(2, '0')}-${name}`;
  const url = page.url();
  const ctx = { lang, page: label, url };

  if (!resp) fail(ctx, 'no response for the page');
  else if (resp.status() !== status) fail(ctx, `HTTP status ${resp.status()}, expected ${status}`);

  // <html lang dir>
  const { htmlLang, htmlDir, h1s, title } = await page.evaluate(() => ({
    htmlLang: document.documentElement.getAttribute('lang'),
    htmlDir: document.documentElement.getAttribute('dir'),
    h1s: document.querySelectorAll('h1').length,
    title: document.title.trim(),
  }));
  // Pages outside a survey (not found) come only in the languages with interface texts (the
  // survey's own languages fall back to those inside the survey): there, the page's language
  // may differ from the one asked for, but lang and dir must still match each other.
  const wantLang = opts.siteWide && !UI_LANGS.includes(lang) ? htmlLang : lang;
  if (wantLang !== lang) notes.push(`[${lang}] ${label}: served in "${htmlLang}" (no "${lang}" interface texts)`);
  const wantDir = RTL.has(wantLang) ? 'rtl' : 'ltr';
  if (htmlLang !== wantLang || !UI_LANGS.concat(LANGS).includes(htmlLang)) {
    fail(ctx, `<html lang="${htmlLang}">, expected "${wantLang}"`);
  }
  if (htmlDir !== wantDir) fail(ctx, `<html dir="${htmlDir}">, expected "${wantDir}"`);
  if (h1s !== 1) fail(ctx, `${h1s} <h1> elements, expected 1`);
  if (!title) fail(ctx, 'empty <title>');

  for (const viewport of [WIDE, NARROW]) {
    await page.setViewportSize(viewport);
    await axeCheck(page, { ...ctx, width: viewport.width });
    await page.screenshot({
      path: path.join(SHOTS, lang, `${label}-${viewport.width}.png`),
      fullPage: true,
    });
    if (viewport === NARROW) {
      const o = await page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            // (what is parked off screen on purpose, like the skip link, is not a culprit)
            const offscreen = r.right <= 0 || r.left >= w;
            return r.width > 0 && !offscreen && (r.right > w + 0.5 || r.left < -0.5);
          })
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).replace(/ +/g, '.') : ''}`);
        return { scrollWidth: document.documentElement.scrollWidth, wide };
      });
      if (o.scrollWidth > NARROW.width) {
        fail(ctx, `scrolls sideways at 320 px: scrollWidth ${o.scrollWidth} (too wide: ${o.wide.join(', ')})`);
      }
    }
  }
  await page.setViewportSize(WIDE);
}

async function axeCheck(page, ctx) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] }),
    AXE_TAGS,
  );
  for (const v of result.violations) {
    violations.push({
      ...ctx,
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
      summary: v.nodes[0] && v.nodes[0].failureSummary,
    });
  }
  for (const v of result.incomplete) {
    incomplete.set(v.id, (incomplete.get(v.id) || 0) + v.nodes.length);
  }
}

async function checkErrorSummary(s) {
  const { page } = s;
  const links = await page.$$eval('.error-summary a', (as) => as.map((a) => a.getAttribute('href')));
  if (links.length === 0) fail(s, 'no error summary with links after a missing required answer');
  // Links with the same text to different questions cannot be told apart out of context
  // (WCAG 2.4.4; axe checks this only at level AAA): noted, not failed.
  const texts = await page.$$eval('.error-summary a', (as) => as.map((a) => a.textContent.trim()));
  const repeated = [...new Set(texts.filter((t, i) => texts.indexOf(t) !== i))];
  if (repeated.length) {
    notes.push(`[${s.lang}] ${new URL(page.url()).pathname}: error summary links share the text "${repeated.join('", "')}"`);
  }
  for (const href of links) {
    const id = decodeURIComponent((href || '').split('#')[1] || '');
    const found = id && (await page.evaluate((i) => !!document.getElementById(i), id));
    if (!found) fail(s, `error summary link ${href} points to no element on the page`);
  }
  const described = await page.$$eval('.error-message[id]', (ps) =>
    ps.map((p) => ({ id: p.id, used: !!document.querySelector(`[aria-describedby~="${p.id}"]`) })));
  for (const d of described) {
    if (!d.used) fail(s, `error message #${d.id} is not referenced by aria-describedby`);
  }
}

function fail(ctx, message) {
  failures.push({
    lang: ctx.lang,
    page: ctx.page && typeof ctx.page === 'string' ? ctx.page : '(journey)',
    url: ctx.url || (ctx.page && ctx.page.url ? ctx.page.url() : ''),
    message,
  });
}

// ------------------------------------------------------------------ report

function report() {
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`browser checks: ${pagesChecked} pages in ${LANGS.join(', ')}, axe-core tags ${AXE_TAGS.join(' ')}, ${secs} s`);
  console.log(`screenshots: ${SHOTS}`);
  for (const n of notes) console.log(`note: ${n}`);
  if (incomplete.size) {
    const list = [...incomplete].map(([id, n]) => `${id} (${n})`).join(', ');
    console.log(`axe "needs review" (not failures): ${list}`);
  }
  if (violations.length) {
    console.log(`\n${violations.length} axe violation(s):`);
    for (const v of violations) {
      console.log(`- [${v.lang} ${v.width}px] ${v.page} ${v.url}`);
      console.log(`    ${v.id} (${v.impact}): ${v.help}`);
      for (const t of v.targets.slice(0, 10)) console.log(`      ${t}`);
      if (v.targets.length > 10) console.log(`      … and ${v.targets.length - 10} more`);
      if (v.summary) console.log(`    ${v.summary.replace(/\n/g, '\n    ')}`);
    }
  }
  if (failures.length) {
    console.log(`\n${failures.length} failed check(s):`);
    for (const f of failures) console.log(`- [${f.lang}] ${f.page} ${f.url}\n    ${f.message}`);
  }
  const expected = LANGS.length * PAGES_PER_LANGUAGE + (adminPassword ? 17 + 15 * (DASHBOARD_LANGS.length - 1) : 0);
  const ok = violations.length === 0 && failures.length === 0 && pagesChecked === expected;
  if (ok) {
    console.log(`\nOK: ${pagesChecked} pages, no axe violations, no failed checks`);
  } else {
    if (pagesChecked !== expected) console.log(`\n${pagesChecked} pages were checked, expected ${expected}`);
    console.log(`\nFAILED: ${violations.length} axe violation(s), ${failures.length} failed check(s)`);
  }
  process.exit(ok ? 0 : 1);
}
