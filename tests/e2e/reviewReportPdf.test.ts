// The 合规性审查报告 prints on A4 in headless Chromium: every page is A4, and the 界址点 table of a 200-point
// boundary runs over several pages with its header (点号, 圈号) repeated at the top of the next page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReviewReportHtml } from '../../engine/review/buildReviewReportHtml.ts';
import { circleProject, DEPARTMENTS, sampleBlueprint, sampleReview } from '../engine/review/reviewReportFixture.ts';
import { launchChromium } from './support/launchChromium.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'lantu-review-pdf-'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('review report print', () => {
  it('prints on A4 pages and repeats the 界址点 header on the next page', async () => {
    const html = buildReviewReportHtml({
      project: circleProject(200),
      review: sampleReview(),
      departments: DEPARTMENTS,
      opinions: [],
      joint: null,
      blueprint: sampleBlueprint(),
      created: '2026-12-04',
    });
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);

    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes.length).toBe(pages);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(595.28, 0);
      expect(h).toBeCloseTo(841.89, 0);
    }

    const pageText = (n: number): string =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' });
    const texts = Array.from({ length: pages }, (_, i) => pageText(i + 1));
    // The pages the 界址点 table runs over: each holds points, and each starts its table with the header.
    const pointPages = texts.map((t, i) => ({ i, t })).filter(({ t }) => /\bJ\d+\b/.test(t));
    expect(pointPages.length).toBeGreaterThanOrEqual(2);
    for (const { t } of pointPages) {
      expect(t).toContain('点号');
      expect(t).toContain('圈号');
      const header = t.indexOf('点号');
      const firstPoint = t.search(/\bJ\d+\b/);
      expect(header).toBeLessThan(firstPoint);
    }
    // All 201 rows (J1 … J200, J1 again) are printed, none split or lost.
    const printed = pointPages.flatMap(({ t }) => t.match(/\bJ\d+\b/g) ?? []);
    expect(printed.length).toBe(201);
    expect(texts.join('\n')).toContain('尚未出具');
  });
});
