#!/usr/bin/env node
// Runs the fault matrix (tests/faults) and writes docs/reliability.md from the run: a flow × fault
// table, the counts and the run time, and the no-blind-charge rule with the cells that prove it.
//
//   node scripts/reliability-report.mjs               run vitest, then write the page
//   node scripts/reliability-report.mjs --from FILE   write the page from an existing JSON report
//
// Test names are parsed, so they follow one form: describe('fault matrix: <flow>') and
// it('[<fault>] <sentence>'), where a flow's own refusals are tagged `[own: <status> <what>]`.
// Exits 1 when a cell failed or the report has none, so CI notices; cells not handled yet (it.todo) are
// listed as ❌ but do not fail the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_REPORT = join(ROOT, 'reports', 'faults.json');
const OUTPUT = join(ROOT, 'docs', 'reliability.md');

/** Columns, in this order; a tag the list does not know gets a column of its own at the end. */
const FAULTS = [
  { tag: 'api offline', label: 'API offline' },
  { tag: '500', label: '500' },
  { tag: 'not JSON', label: 'Malformed: not JSON' },
  { tag: 'wrong shape', label: 'Malformed: wrong shape' },
  { tag: 'timeout', label: 'Slower than the client’s timeout' },
  { tag: '401 token expired', label: '401 mid-flow (token expired)' },
  { tag: 'own', label: 'The flow’s own 4xx' },
];
/** Rows, in the order a person meets them; unknown flows follow. */
const FLOWS = [
  'logging in',
  'saving the wizard',
  'saving the Stripe authorization',
  'creating an order',
  'charging',
  'paying with a PaymentIntent',
];
/** Charge cells whose answer leaves the payment uncertain: the order must be read again first. */
const UNCERTAIN = ['api offline', '500', 'not JSON', 'wrong shape', 'timeout'];

function parseArgs(argv) {
  const args = { from: null };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--from') {
      args.from = argv[i + 1];
      i += 1;
      if (!args.from) fail('--from needs a file: node scripts/reliability-report.mjs --from FILE');
    } else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('Usage: node scripts/reliability-report.mjs [--from reports/faults.json]');
      process.exit(0);
    } else {
      fail(`Unknown argument: ${argv[i]}`);
    }
  }
  return args;
}

function fail(message) {
  console.error(`reliability-report: ${message}`);
  process.exit(2);
}

/** Runs the matrix; vitest exits non-zero when a cell fails, which still leaves a report to read. */
function runMatrix() {
  mkdirSync(dirname(DEFAULT_REPORT), { recursive: true });
  const started = Date.now();
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      'tests/faults',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${relative(ROOT, DEFAULT_REPORT)}`,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.error) fail(`could not start vitest: ${result.error.message}`);
  if (!existsSync(DEFAULT_REPORT)) fail(`vitest wrote no report to ${DEFAULT_REPORT}`);
  return { file: DEFAULT_REPORT, wallMs: Date.now() - started };
}

function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(`cannot read ${file}: ${error.message}`);
  }
}

const TITLE = /^\[([^\]]+)\]\s+(.+)$/;
const FLOW = /^fault matrix:\s*(.+)$/;

function collectCells(report) {
  const cells = [];
  const stray = [];
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      const flow = test.ancestorTitles?.map((title) => FLOW.exec(title)?.[1]).find(Boolean);
      const title = TITLE.exec(test.title ?? '');
      if (!flow || !title) {
        stray.push(test.fullName ?? test.title);
        continue;
      }
      const tag = title[1].trim();
      const own = /^own:\s*(.+)$/.exec(tag);
      cells.push({
        flow,
        fault: own ? 'own' : tag,
        ownTag: own ? own[1] : null,
        sentence: title[2].trim(),
        status: test.status,
        duration: test.duration ?? 0,
        file: relative(ROOT, file.name ?? ''),
      });
    }
  }
  return { cells, stray };
}

/** passed → ✅; todo (not handled yet) → ❌ not yet; anything else (failed, skipped) → ❌. */
function mark(cell) {
  if (cell.status === 'passed') return '✅';
  if (cell.status === 'todo') return '❌ not yet:';
  return `❌ ${cell.status}:`;
}

function escapeCell(text) {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function cellText(cell) {
  const tag = cell.ownTag ? `**${cell.ownTag}**: ` : '';
  return `${mark(cell)} ${tag}${escapeCell(cell.sentence)}`;
}

function orderBy(known, seen) {
  return [
    ...known.filter((entry) => seen.includes(entry)),
    ...seen.filter((e) => !known.includes(e)),
  ];
}

function formatDuration(ms) {
  const seconds = ms / 1000;
  return seconds >= 60
    ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`
    : `${seconds.toFixed(1)} s`;
}

function render({ cells, stray, report, runMs, source }) {
  const flows = orderBy(FLOWS, [...new Set(cells.map((cell) => cell.flow))]);
  const faultTags = orderBy(
    FAULTS.map((fault) => fault.tag),
    [...new Set(cells.map((cell) => cell.fault))],
  );
  const label = (tag) => FAULTS.find((fault) => fault.tag === tag)?.label ?? tag;
  const passed = cells.filter((cell) => cell.status === 'passed');
  const notYet = cells.filter((cell) => cell.status === 'todo');
  const failed = cells.filter((cell) => cell.status !== 'passed' && cell.status !== 'todo');
  const when = new Date(report.startTime ?? Date.now());

  const lines = [];
  lines.push('# Reliability: the fault matrix');
  lines.push('');
  lines.push(
    '<!-- Generated by scripts/reliability-report.mjs from a run of tests/faults; do not edit by hand. -->',
  );
  lines.push('');
  lines.push(
    'Each cell is one integration test (Testing Library on the real app, MSW answering as the Open',
  );
  lines.push(
    'Event Server or the network would). Every test checks, as a person would see it, that the app',
  );
  lines.push(
    'gives a clear message, keeps what was typed (or brings it back), and stays usable: the same',
  );
  lines.push('action succeeds once the server recovers.');
  lines.push('');
  lines.push(
    `- Run: ${when
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC')}`,
  );
  lines.push(
    `- Cells: ${cells.length}: ${passed.length} ✅ passed, ${failed.length} ❌ failed, ${notYet.length} ❌ not yet (it.todo: not handled by the app yet)`,
  );
  lines.push(`- Run time: ${formatDuration(runMs)} (${source})`);
  lines.push(
    '- Command: `node scripts/reliability-report.mjs` (tests: `npx vitest run tests/faults`)',
  );
  lines.push('');
  lines.push('## The matrix');
  lines.push('');
  // Prettier would pad every column to its longest sentence; the markers keep the table as written.
  lines.push('<!-- prettier-ignore-start -->');
  lines.push(`| Flow | ${faultTags.map(label).join(' | ')} |`);
  lines.push(`| --- | ${faultTags.map(() => '---').join(' | ')} |`);
  for (const flow of flows) {
    const row = faultTags.map((tag) => {
      const here = cells.filter((cell) => cell.flow === flow && cell.fault === tag);
      return here.length === 0 ? '—' : here.map(cellText).join('<br><br>');
    });
    lines.push(`| **${escapeCell(flow)}** | ${row.join(' | ')} |`);
  }
  lines.push('<!-- prettier-ignore-end -->');
  lines.push('');
  lines.push('How each fault is made (tests/faults/support.ts):');
  lines.push('');
  lines.push('- API offline: `HttpResponse.error()`, a network failure.');
  lines.push(
    '- 500: the server’s JSON:API error envelope, whose `detail` is a database message no one should have to read.',
  );
  lines.push(
    '- Malformed: a success status with an HTML page (not JSON), or JSON that is not the expected document.',
  );
  lines.push(
    '- Timeout: a server that answers three times later than the app’s own 20 s request timeout, on a fake clock (tests/utils/fake-clock.ts), so no cell waits in real time; the charge keeps its own one-minute timeout and verify its 30 s one, reached the same way.',
  );
  lines.push(
    '- 401 mid-flow: `{"error": "Token has expired"}`, plain JSON, as flask-jwt-extended sends it, once, in the middle of the flow.',
  );
  lines.push('- Own 4xx: the flow’s own refusals with the server’s status, source and wording.');
  lines.push('');

  lines.push('## No event is created twice');
  lines.push('');
  lines.push(
    'A `POST /v1/events` whose answer is lost (offline after sending, timeout, 5xx, unreadable) may have',
  );
  lines.push(
    'made the event, and the server takes no idempotency key. The wizard keeps each such try (name,',
  );
  lines.push(
    'dates, when it was sent) in this browser, beside the draft, so a reload or a new login keeps it too;',
  );
  lines.push(
    'the next save first lists the organizer’s events created since then and, if one matches a try,',
  );
  lines.push(
    'updates that event with what was typed since instead of creating another. An older event with the',
  );
  lines.push(
    'same name and dates is never taken for it. The “saving the wizard” cells above test both.',
  );
  lines.push('');

  lines.push('## No charge is ever retried blindly');
  lines.push('');
  lines.push(
    'A charge whose answer is missing or unreadable (offline, timeout, 5xx, malformed) may have taken',
  );
  lines.push(
    'the money. The payment page then reads the order again before offering to pay: a completed order',
  );
  lines.push(
    'goes to its page, a pending one gets the card form back, and if the order cannot be read the page',
  );
  lines.push(
    'says not to pay again and offers only “Check the payment status again”. Writes are never retried',
  );
  lines.push(
    'automatically (React Query mutations have `retry: false`), and one press sends one charge.',
  );
  lines.push(
    'After a timeout the page goes further: a held charge can still complete on the server after the',
  );
  lines.push(
    'client gave up, so it says the payment is not confirmed yet and watches the order (every 5 s for',
  );
  lines.push('2 minutes) before it offers to pay again.');
  lines.push('');
  lines.push(
    'Proof: in these cells the charge endpoint is watched for the test’s length; a charge that follows',
  );
  lines.push(
    'another without a fresh `GET /v1/orders/{id}` in between is refused and counted, and the test',
  );
  lines.push('expects zero such charges.');
  lines.push('');
  const charging = cells.filter(
    (cell) => cell.flow === 'charging' && UNCERTAIN.includes(cell.fault),
  );
  if (charging.length === 0) {
    lines.push('No charging cell was found in this run.');
  } else {
    lines.push('<!-- prettier-ignore-start -->');
    lines.push('| Uncertain answer | Result |');
    lines.push('| --- | --- |');
    for (const cell of charging.sort(
      (a, b) => UNCERTAIN.indexOf(a.fault) - UNCERTAIN.indexOf(b.fault),
    )) {
      lines.push(`| ${label(cell.fault)} | ${cellText(cell)} |`);
    }
    lines.push('<!-- prettier-ignore-end -->');
  }
  lines.push('');

  lines.push(
    '## Paying with a PaymentIntent: one intent, and the order asked before money is mentioned',
  );
  lines.push('');
  lines.push(
    'On today’s server (docs/payments.md) the charge only makes a PaymentIntent, Stripe takes the money',
  );
  lines.push(
    'at confirm, and verify completes the order. A charge that fails before an intent reaches the page',
  );
  lines.push(
    'charged nothing: the page says so and offers to try again. A confirm whose answer is lost is',
  );
  lines.push(
    'followed by reading the intent back from Stripe; a verify that fails in any way by reading the',
  );
  lines.push(
    'order; while neither answers, the page says the payment is not confirmed yet and not to pay again.',
  );
  lines.push(
    'The intent is kept for the tab, so every path (a reload, a decline, an abandoned 3-D Secure check)',
  );
  lines.push('pays through the same one, and each cell checks that one intent succeeded.');
  lines.push('');

  if (notYet.length > 0 || failed.length > 0) {
    lines.push('## Not met yet');
    lines.push('');
    for (const cell of [...failed, ...notYet]) {
      const tag = cell.ownTag ? `own: ${cell.ownTag}` : cell.fault;
      lines.push(`- **${cell.flow}, ${tag}** (${cell.file}): ${cell.sentence}`);
      if (cell.status !== 'todo') lines.push(`  - The test ${cell.status}; see the run's output.`);
    }
    lines.push('');
  }
  if (stray.length > 0) {
    lines.push('## Tests outside the naming scheme');
    lines.push('');
    for (const name of stray) lines.push(`- ${escapeCell(name)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const run = args.from ? { file: resolve(args.from), wallMs: null } : runMatrix();
  const report = readReport(run.file);
  const collected = collectCells(report);
  const { stray } = collected;
  const rank = (list, value) => (list.includes(value) ? list.indexOf(value) : list.length);
  const faultOrder = FAULTS.map((fault) => fault.tag);
  const cells = collected.cells.sort(
    (a, b) =>
      rank(FLOWS, a.flow) - rank(FLOWS, b.flow) ||
      rank(faultOrder, a.fault) - rank(faultOrder, b.fault),
  );
  if (cells.length === 0) {
    fail(`no fault-matrix cells in ${run.file}; expected describe('fault matrix: <flow>')`);
  }
  const starts = (report.testResults ?? []).map((file) => file.startTime).filter(Number.isFinite);
  const ends = (report.testResults ?? []).map((file) => file.endTime).filter(Number.isFinite);
  const reportMs = starts.length && ends.length ? Math.max(...ends) - Math.min(...starts) : 0;
  const runMs = run.wallMs ?? reportMs;
  const source =
    run.wallMs === null
      ? `test files, from ${relative(ROOT, run.file)}`
      : 'wall clock of the vitest run';

  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, `${render({ cells, stray, report, runMs, source }).trimEnd()}\n`);
  const failed = cells.filter((cell) => cell.status !== 'passed' && cell.status !== 'todo');
  const notYet = cells.filter((cell) => cell.status === 'todo');
  console.log(
    `reliability-report: ${relative(ROOT, OUTPUT)} written: ${cells.length} cells, ${cells.length - failed.length - notYet.length} passed, ${failed.length} failed, ${notYet.length} not yet.`,
  );
  process.exit(failed.length > 0 ? 1 : 0);
}

main();
