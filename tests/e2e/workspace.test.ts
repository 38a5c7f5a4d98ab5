/**
 * The planner workspace in a real browser (Debian chromium via playwright-core) against the real server:
 * upload, two solves, comparison, PNG export, languages, a refused file, the report and the presentation.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, CHROMIUM, CHROMIUM_ARGS, pngSize, ROOT, startServer, type RunningServer } from './server.ts';

const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const VIEWPORT = { width: 1366, height: 768 };
/** Two fast scenarios of scenarios/ (LP / min cost: a few seconds each on the sample county). */
const SCENARIOS = ['min cost by year 3', 'no construction'];

let browser: Browser | undefined;
let server: RunningServer | undefined;
let appDir: string | undefined;
let page: Page;
let datasetId = 0;
const runIds: number[] = [];
const consoleErrors: string[] = [];
/** While set, the browser's "Failed to load resource … 4xx" line for a refused upload is expected. */
let refusedUploadExpected = false;

/** The 1366×768 viewport from the top of the screen, and the whole page as `{name}-full.png`. */
async function shot(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300); // let layout settle after the last render
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-full.png`), fullPage: true });
}

async function go(screen: string): Promise<void> {
  await page.click(`button[data-screen="${screen}"]`);
  await page.waitForSelector(`[data-testid="${screen}-screen"]`);
}

/** Screen boxes of the rotation chart's labels (school, group and flow labels). */
async function rotationLabelBoxes(figure: string): Promise<{ x: number; y: number; width: number; height: number; text: string }[]> {
  return page.locator(`${figure} text.rotation-label`).evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, text: e.textContent ?? '' };
  }));
}

/** Pairs of boxes that overlap by more than half a pixel. */
function overlapping(boxes: { x: number; y: number; width: number; height: number; text: string }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!, b = boxes[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 0.5 && dy > 0.5) out.push(`${a.text} × ${b.text}`);
    }
  }
  return out;
}

const MISSING_CHROMIUM = `chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y --no-install-recommends chromium), as .ci/run does`;

// Reported as a failure of its own (not a skip) when the browser is missing.
it('has Debian chromium to drive', () => {
  expect(existsSync(CHROMIUM), MISSING_CHROMIUM).toBe(true);
});

describe('the planner workspace in chromium', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(MISSING_CHROMIUM);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    appDir = await buildApp();
    server = await startServer(appDir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: 'zh-CN' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (refusedUploadExpected && /Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) return;
      consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
    await page.goto(server.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (appDir) rmSync(appDir, { recursive: true, force: true });
  });

  it('opens in Chinese with a button for every screen', async () => {
    // The shell renders once the session is known (GET /api/session): wait for it, then read the whole bar.
    await expect.poll(() => page.locator('header nav button').allTextContents()).toEqual(['数据', '方案', '运行与结果', '比较', '全省', '报告', '演示', '审计与回收站']);
    expect(await page.locator('[data-testid="lang-switch"]').innerText()).toBe('English'); // offers the other language
    await expect.poll(() => new URL(page.url()).searchParams.get('dataset')).toBe('1'); // the seeded sample county
    await expect.poll(() => new URL(page.url()).searchParams.get('scenario')).not.toBeNull();
  });

  it('uploads the sample county through the file input', async () => {
    await go('data');
    await page.setInputFiles('[data-testid="upload-file"]', join(ROOT, 'data', 'sample-county.csv'));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/datasets') && r.request().method() === 'POST'),
      page.click('[data-testid="upload-submit"]'),
    ]);
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { id: number; schools: number };
    datasetId = body.id;
    expect(body.schools).toBeGreaterThan(0);
    await page.waitForSelector('[data-testid="evaluation-table"]');
    const rows = await page.locator('[data-testid="evaluation-table"] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await shot('data');
  });

  it('shows the row and column of a cell that is not a number', async () => {
    const lines = readFileSync(join(ROOT, 'data', 'sample-county.csv'), 'utf8').split(/\r?\n/);
    const header = lines[0]!.split(',');
    const studentsColumn = header.indexOf('students');
    const bad = lines[2]!.split(',');
    bad[studentsColumn] = 'abc';
    const file = join(mkdtempSync(join(tmpdir(), 'junheng-e2e-bad-')), 'bad-county.csv');
    writeFileSync(file, [lines[0], lines[1], bad.join(','), lines[3]].join('\n'));
    refusedUploadExpected = true;
    try {
      await page.setInputFiles('[data-testid="upload-file"]', file);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/datasets') && r.request().method() === 'POST'),
        page.click('[data-testid="upload-submit"]'),
      ]);
      expect(response.status()).toBeGreaterThanOrEqual(400);
      const errors = page.locator('[data-testid="import-errors"]');
      await errors.waitFor();
      const text = await errors.innerText();
      expect(text).toContain('students');
      expect(text).toMatch(/\b3\b/); // spreadsheet row 3: header is row 1
      expect(text).toContain('abc');
    } finally {
      refusedUploadExpected = false;
    }
  });

  it('shows the scenario editor', async () => {
    await go('scenario');
    await page.waitForSelector('[data-testid="scenario-select"] option:has-text("baseline")', { state: 'attached' });
    // First use opened on the baseline scenario (and the sample county): nothing had been chosen.
    expect(await page.locator('[data-testid="scenario-select"] option:checked').innerText()).toContain('baseline');
    const options = await page.locator('[data-testid="scenario-select"] option').evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })));
    const baseline = options.find((o) => o.text.includes('baseline'));
    expect(baseline).toBeDefined();
    await page.selectOption('[data-testid="scenario-select"]', baseline!.value);
    await page.waitForSelector('[data-testid="scenario-save"]');
    await shot('scenario');
  });

  it('restores an older scenario version as a new version', async () => {
    await page.fill('[data-testid="budget-0"]', '1100');
    await page.click('[data-testid="scenario-save"]');
    await expect.poll(() => page.locator('[data-testid="scenario-status"]').innerText()).toContain('第 2 版');
    await page.click('[data-testid="version-load-1"]');
    await page.locator('[data-testid="save-older"]').waitFor();
    expect(await page.locator('[data-testid="scenario-select"] option:checked').innerText()).toContain('第 1 版');
    expect(await page.locator('[data-testid="scenario-save"]').isEnabled()).toBe(true);
    await page.click('[data-testid="version-restore-1"]');
    await expect.poll(() => page.locator('[data-testid="scenario-status"]').innerText()).toContain('已将第 1 版恢复为第 3 版');
    await expect.poll(() => page.locator('[data-testid="version-history"] li').count()).toBe(3);
    await expect.poll(() => page.locator('[data-testid="scenario-select"] option:checked').innerText()).toContain('第 3 版');
    expect(await page.inputValue('[data-testid="budget-0"]')).not.toBe('1100');
    await shot('scenario-restored');
  });

  it('runs two scenarios and follows their events to the end', async () => {
    await go('results');
    await page.selectOption('[data-testid="run-dataset"]', String(datasetId));
    for (const name of SCENARIOS) {
      const options = await page.locator('[data-testid="run-scenario"] option').evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })));
      const option = options.find((o) => o.text.includes(name));
      expect(option, name).toBeDefined();
      await page.selectOption('[data-testid="run-scenario"]', option!.value);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/runs') && r.request().method() === 'POST'),
        page.click('[data-testid="run-start"]'),
      ]);
      const { id } = (await response.json()) as { id: number };
      runIds.push(id);
      await page.waitForSelector(`[data-testid="run-live"][data-status="done"]`, { timeout: 240_000 });
      expect(await page.locator('[data-testid="run-live"]').innerText()).toContain(`#${id}`);
    }
    await page.waitForSelector(`[data-testid="plan-view"][data-run-id="${runIds[1]}"]`);
    expect(await page.locator('[data-testid="plan-view"] figure.chart').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator(`[data-testid="run-list"] tr[data-status="done"]`).count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="action-table"] tbody tr').count()).toBeGreaterThan(0);
    const heat = page.locator(`figure.chart[data-chart="run${runIds[1]}-heat"]`);
    expect(await heat.locator('svg > title').textContent()).toContain('2028');
    await heat.locator('[data-testid="heat-year"]').fill('2026');
    await expect.poll(() => heat.locator('svg > title').textContent()).toContain('2026');
    await heat.locator('[data-testid="heat-year"]').fill('2028');
    await shot('results');
  }, 600_000);

  it('sorts the heat map by the worst ratio and by name, with a pass/fail column per year', async () => {
    const heat = page.locator(`figure.chart[data-chart="run${runIds[1]}-heat"]`);
    await heat.locator('[data-testid="heat-sort"]').selectOption('worst');
    const worst = await heat.locator('g.heat-row:not(.heat-absent)').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-min-ratio'))));
    expect(worst.length).toBeGreaterThan(10);
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
    await heat.locator('[data-testid="heat-sort"]').selectOption('name');
    const names = await heat.locator('g.heat-row:not(.heat-absent) text.heat-school').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(await heat.locator('g.heat-row').first().locator('.heat-pass').count()).toBe(3);
    await heat.locator('[data-testid="heat-sort"]').selectOption('worst');
    await shot('results-heat-sorted');
  });

  it('shows rotations as a readable chart whose labels never overlap, and a sortable pairing table', async () => {
    const figure = `figure.chart[data-chart="run${runIds[1]}-rotation"]`;
    expect(await page.locator(figure).count()).toBe(1);
    await page.locator(figure).scrollIntoViewIfNeeded();
    for (const viewport of [VIEWPORT, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(300);
      const boxes = await rotationLabelBoxes(figure);
      expect(boxes.length).toBeGreaterThan(1);
      expect(overlapping(boxes), `labels at ${viewport.width}×${viewport.height}`).toEqual([]);
      expect(boxes.some((b) => /人 · 20\d\d/.test(b.text))).toBe(true); // teachers and years on the flows
      await page.locator(figure).screenshot({ path: join(SCREENSHOTS, `rotation-${viewport.width}x${viewport.height}.png`) });
      const group = page.locator(`${figure} text.rotation-label[data-group]`).first();
      if (await group.count() > 0) {
        await group.click();
        const expanded = await rotationLabelBoxes(figure);
        expect(expanded.length).toBeGreaterThan(boxes.length);
        expect(overlapping(expanded), `expanded labels at ${viewport.width}×${viewport.height}`).toEqual([]);
        await page.locator(figure).screenshot({ path: join(SCREENSHOTS, `rotation-expanded-${viewport.width}x${viewport.height}.png`) });
        await page.locator(`${figure} [data-testid="rotation-collapse"]`).click();
      }
    }
    await page.setViewportSize(VIEWPORT);
    const table = page.locator('[data-testid="pairing-table"]');
    const teachers = () => table.locator('tbody tr').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-teachers'))));
    expect((await teachers()).length).toBeGreaterThan(0);
    expect(await teachers()).toEqual([...(await teachers())].sort((a, b) => b - a));
    await table.locator('[data-testid="pairing-sort-km"]').click();
    const km = await table.locator('tbody tr').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-km') || Infinity)));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'pairing-table.png') });
  });

  it('opens a school\'s page from the heat map: indicators per year, shortfalls, actions, rotations and the year it passes', async () => {
    const heat = page.locator(`figure.chart[data-chart="run${runIds[1]}-heat"]`);
    const first = heat.locator('g.heat-row:not(.heat-absent)').first();
    const schoolId = await first.getAttribute('data-school');
    await first.locator('text.heat-school').click();
    await page.locator('[data-testid="school-screen"]').waitFor();
    const profile = page.locator('[data-testid="school-profile"]');
    await profile.waitFor();
    expect(await profile.getAttribute('data-school')).toBe(schoolId);
    expect(new URL(page.url()).searchParams.get('school')).toBe(schoolId);
    expect(new URL(page.url()).searchParams.get('screen')).toBe('school');
    expect(await page.locator('[data-testid="school-indicator-table"] .school-pass-row td[data-year]').count()).toBe(3);
    expect(await page.locator('[data-testid="school-verdict"]').innerText()).toMatch(/达标|未能达标/);
    await shot('school');
    await page.click('[data-testid="school-to-report"]');
    await page.click('[data-testid="school-back"]');
    await page.locator(`[data-testid="plan-view"][data-run-id="${runIds[1]}"]`).waitFor();
    const link = page.locator('[data-testid="action-table"] [data-testid="school-link"]').first();
    const linked = await link.getAttribute('data-school');
    await link.click();
    await expect.poll(async () => page.locator('[data-testid="school-profile"]').getAttribute('data-school')).toBe(linked);
    await go('results');
  });

  it('simulates uncertainty and draws the pass-probability band on the passing chart', async () => {
    const passing = page.locator(`figure.chart[data-chart="run${runIds[1]}-passing"]`);
    expect(await passing.locator('.passing-risk').count()).toBe(0);
    await page.fill('[data-testid="simulate"] input[type="number"] >> nth=0', '60');
    await page.fill('[data-testid="simulate"] input[type="number"] >> nth=1', '7');
    await page.click('[data-testid="simulate-run"]');
    const result = page.locator('[data-testid="simulate-result"]');
    await result.waitFor({ timeout: 120_000 });
    expect(await result.innerText()).toMatch(/60.*7/);
    expect(await passing.locator('.passing-risk').count()).toBe(1);
    expect(await passing.locator('.passing-risk-year').count()).toBe(3);
  }, 180_000);

  it('compares the runs and exports a chart as a PNG', async () => {
    await go('compare');
    for (const id of runIds) {
      const box = page.locator(`[data-testid="compare-choose-${id}"]`);
      if (!(await box.isChecked())) await box.check();
    }
    await page.click('[data-testid="compare-run"]');
    await page.waitForSelector('[data-testid="compare-deltas"]');
    const columns = await page.locator('[data-testid="compare-deltas"] thead th').allTextContents();
    expect(columns.join(' ')).toContain(SCENARIOS[0]);
    expect(columns.join(' ')).toContain(SCENARIOS[1]);
    const figure = page.locator('[data-testid="compare-screen"] figure.chart').first();
    const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('[data-testid="export-png"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const path = await download.path();
    const size = pngSize(readFileSync(path));
    expect(size.width).toBeGreaterThan(0);
    expect(size.height).toBeGreaterThan(0);
    await shot('compare');
  }, 120_000);

  it('answers the least budget for the targets, with the year that binds, and centres the sweep on it', async () => {
    const panel = page.locator('[data-testid="sweep-panel"]');
    await panel.locator('[data-testid="min-budget-ask"]').click();
    const answer = panel.locator('[data-testid="min-budget-answer"]');
    await answer.waitFor({ timeout: 240_000 });
    const total = Number(await answer.getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    expect(await answer.getAttribute('data-binding-year')).toMatch(/^20\d\d$/);
    expect(await answer.innerText()).toContain('最少需要');
    expect(await panel.locator('[data-testid="min-budget-binding"]').innerText()).toContain('起决定作用的年份');
    const from = Number(await panel.locator('input[type="number"]').nth(0).inputValue());
    const to = Number(await panel.locator('input[type="number"]').nth(1).inputValue());
    expect(from * 1e4).toBeLessThan(total);
    expect(to * 1e4).toBeGreaterThan(total);
    expect(await panel.locator('input[type="number"]').nth(2).inputValue()).toBe('9');
    await answer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'min-budget.png') });
  }, 300_000);

  it('sweeps the baseline scenario\'s budget and marks the compared runs on the frontier', async () => {
    const panel = page.locator('[data-testid="sweep-panel"]');
    const scenario = await panel.locator('[data-testid="sweep-scenario"] option:checked').innerText();
    expect(scenario).toContain(SCENARIOS[0]);
    const inputs = panel.locator('input[type="number"]');
    await inputs.nth(0).fill('1200');
    await inputs.nth(1).fill('2400');
    await inputs.nth(2).fill('2');
    await panel.locator('[data-testid="sweep-start"]').click();
    await panel.locator('figure.chart[data-chart$="-frontier"]').waitFor({ timeout: 240_000 });
    expect(await panel.locator('[data-testid="sweep-progress"]').getAttribute('data-status')).toBe('done');
    const rows = await panel.locator('[data-testid="sweep-table"] tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2 + SCENARIOS.length); // two budgets and the two compared runs
    expect(rows.join('\n')).toContain('1,200.0 万元');
    expect(rows.join('\n')).toContain('2,400.0 万元');
    await shot('compare-sweep');
  }, 300_000);

  it('prints a report with a title page and one chart per page', async () => {
    await go('report');
    await page.waitForSelector('[data-testid="report-title-page"]');
    const charts = await page.locator('[data-testid="report-screen"] figure.chart').count();
    expect(charts).toBeGreaterThanOrEqual(3);
    const title = await page.locator('[data-testid="report-title-page"]').innerText();
    for (const name of SCENARIOS) expect(title).toContain(name);
    await shot('report');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(SCREENSHOTS, '..', 'report.pdf'), pdf);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.app-header').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="report-print"]').isVisible()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-print-full.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(charts + 1);
  }, 120_000);

  it('tells the plan year by year in both languages, with the action table and the chosen school', async () => {
    const narrative = page.locator('[data-testid="report-narrative"]');
    expect(await narrative.innerText()).toMatch(/20\d\d年：投入 [\d,.]+ 万元/);
    expect(await page.locator('[data-testid="report-settings"]').innerText()).toContain('万元');
    expect(await page.locator('[data-testid="report-county"]').innerText()).toContain('sample-county.csv');
    expect(await page.locator('[data-testid="report-actions-total"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-testid="report-school"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('section.report-chart[data-slide$="-heat"]').count()).toBe(2);
    await narrative.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'report-narrative-zh.png') });
    await page.click('[data-testid="lang-switch"]');
    await expect.poll(() => narrative.innerText()).toMatch(/20\d\d: spends [\d,.]+ M yuan/);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-narrative-en.png') });
    await page.click('[data-testid="lang-switch"]');
    await expect.poll(() => narrative.innerText()).toContain('年：投入');
  });

  it('steps through the charts in the presentation and leaves with Escape', async () => {
    await go('present');
    await page.click('[data-testid="present-start"]');
    const slide = page.locator('[data-testid="present-slide"]');
    await slide.waitFor();
    const first = await slide.getAttribute('data-slide');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide.getAttribute('data-slide')).not.toBe(first);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slide.getAttribute('data-slide')).toBe(first);
    await page.click('[data-testid="present-next"]');
    await expect.poll(() => slide.getAttribute('data-slide')).not.toBe(first);
    await shot('present');
    await page.keyboard.press('Escape');
    await expect.poll(() => slide.count()).toBe(0);
  }, 60_000);

  it('switches between Chinese and English labels', async () => {
    await go('results');
    await page.click('[data-testid="lang-switch"]');
    expect(await page.locator('header nav button').allTextContents()).toEqual(['Data', 'Scenario', 'Run & results', 'Compare', 'Province', 'Report', 'Present', 'Audit & trash']);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('[data-testid="results-screen"]').innerText()).toContain('Past runs');
    await shot('results-en');
    await page.click('[data-testid="lang-switch"]');
    expect(await page.locator('header nav button').allTextContents()).toEqual(['数据', '方案', '运行与结果', '比较', '全省', '报告', '演示', '审计与回收站']);
    expect(await page.locator('[data-testid="results-screen"]').innerText()).toContain('历史运行');
  });

  it('keeps language, dataset, run, comparison and school in the URL across a reload', async () => {
    await go('results');
    const heat = page.locator(`figure.chart[data-chart="run${runIds[1]}-heat"]`);
    await heat.waitFor();
    const row = heat.locator('g.heat-row:not(.heat-absent)').nth(1);
    const schoolId = await row.getAttribute('data-school');
    await row.locator('text.heat-school').click();
    await page.locator('[data-testid="school-profile"]').waitFor();
    await page.click('[data-testid="lang-switch"]');
    const before = new URL(page.url()).searchParams;
    expect(before.get('lang')).toBe('en');
    expect(before.get('dataset')).toBe(String(datasetId));
    expect(before.get('run')).toBe(String(runIds[1]));
    expect(before.get('compare')).toBe(runIds.join(','));
    await page.reload();
    await page.locator('[data-testid="school-profile"]').waitFor();
    expect(await page.locator('[data-testid="school-profile"]').getAttribute('data-school')).toBe(schoolId);
    expect(await page.locator('header nav button').allTextContents()).toContain('Compare');
    expect(await page.locator('[data-testid="school-title"]').innerText()).toMatch(/^School: /);
    await shot('school-after-reload');
    await go('compare');
    await page.waitForSelector('[data-testid="compare-deltas"]');
    for (const id of runIds) expect(await page.locator(`[data-testid="compare-choose-${id}"]`).isChecked()).toBe(true);
    await page.click('[data-testid="lang-switch"]');
  }, 120_000);

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
