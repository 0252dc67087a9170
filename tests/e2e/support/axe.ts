// axe-core in the browser journeys: WCAG 2.0/2.1 A and AA rules, serious and critical findings fail.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
// Only violations are read: axe then keeps one node per passed or inapplicable rule instead of
// every node it checked (about a fifth less time per check on the journeys' pages).
const RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};
const BLOCKING = new Set(['serious', 'critical']);

interface Finding {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** One line per failing element, so a failed run says what to fix without opening a report. */
export function describeFindings(findings: Finding[]): string {
  return findings
    .map((finding) =>
      [
        `[${finding.impact}] ${finding.id}: ${finding.help} (${finding.helpUrl})`,
        ...finding.nodes.map(
          (node) => `  - element ${node.target}\n      ${node.html}\n      ${node.summary}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

/**
 * Puts axe-core into each frame of the page that does not have it yet: once per document, since a
 * navigation starts a new one. Evaluated over the DevTools protocol, so the app's CSP allows it.
 */
async function installAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  }
}

/** Serious and critical WCAG A/AA findings on the page as it is now. */
export async function seriousFindings(page: Page): Promise<Finding[]> {
  // axe.run in the page itself; in frames of the page's origin too (axe reaches them by message).
  // (@axe-core/playwright, used before, evaluated the source twice on every check, even where the
  // page had it already: 0.43 s of the browser's CPU a check on the event page, against 0.25 s
  // here for a new page and 0.2 s for one that has axe.)
  await installAxe(page);
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (o: RunOptions) => Promise<AxeResults> } }).axe.run(
        options,
      ),
    RUN_OPTIONS,
  );
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html,
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
}

/**
 * Fails the test when axe finds any serious or critical WCAG 2.0/2.1 A or AA violation, printing
 * each one. `screen` names the page in the failure message.
 */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  const findings = await seriousFindings(page);
  // Soft: one run reports every page's findings, not just the first page's.
  expect
    .soft(
      findings.length,
      `axe found serious or critical WCAG A/AA violations on ${screen}:\n${describeFindings(findings)}`,
    )
    .toBe(0);
}
