// axe-core in the browser journeys: WCAG 2.0/2.1 A and AA rules, serious and critical findings fail.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
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

/** Serious and critical WCAG A/AA findings on the page as it is now. */
export async function seriousFindings(page: Page): Promise<Finding[]> {
  // Legacy mode runs axe.run in the page itself. The default runs each frame apart and finishes in
  // a new blank page, with axe's source evaluated twice: a third more time per check, for frames
  // from other origins, which the app has none of (the fake Stripe's fields are in the page).
  // Only violations are read: axe then keeps one node per passed or inapplicable rule instead of
  // every node it checked (about a fifth less time per check on the journeys' pages).
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
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
