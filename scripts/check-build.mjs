// Checks a real (non-mock) production build: no mock worker, no MSW or demo data, and no
// secret-looking strings (Stripe secret/restricted keys, client_secret values, the seeded admin
// secrets), and no source maps (vite.config.ts builds none: they publish the whole source).
// Exit 1 with a list of findings, 0 when clean.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? 'dist';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`check-build: ${dir}/index.html is missing; run the build first.`);
  process.exit(1);
}

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** The secret values the mock seed gives the admin and the organizer: none may ever ship. */
function seededSecrets() {
  const seed = join(root, 'mocks', 'seed.ts');
  if (!existsSync(seed)) return [];
  const text = readFileSync(seed, 'utf8');
  const values = [];
  for (const match of text.matchAll(
    /(\w*(?:[Ss]ecret|[Pp]assword|[Rr]efresh)\w*):\s*'([^']{8,})'/g,
  )) {
    values.push(match[2]);
  }
  return values;
}

const forbidden = [
  { what: 'the MSW library', pattern: /\[MSW\]|mockServiceWorker|setupWorker/ },
  { what: 'demo account passwords', pattern: /demo-pass/ },
  // src/features/checkout/stripe/demo-test-cards.tsx: the demo's test card list.
  { what: 'the demo test cards', pattern: /Choose a card to fill in/ },
  { what: 'a Stripe secret key', pattern: /\bsk_(live|test)_[A-Za-z0-9]{4,}/ },
  { what: 'a Stripe restricted key', pattern: /\brk_(live|test)_[A-Za-z0-9]{4,}/ },
  {
    what: 'a Stripe client_secret value',
    pattern: /\b(pi|seti|src)_[A-Za-z0-9]{8,}_secret_[A-Za-z0-9]{8,}/,
  },
  ...seededSecrets().map((value) => ({
    what: `a seeded secret (${value.slice(0, 6)}…)`,
    pattern: new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  })),
];

const problems = [];
let checked = 0;
for (const path of files(dir)) {
  const name = relative(dir, path);
  if (name === 'mockServiceWorker.js')
    problems.push(`${name}: the mock service worker file is in the build`);
  if (/\.map(\.br|\.gz)?$/.test(name)) {
    problems.push(`${name}: a source map is in the build`);
    continue;
  }
  // The build's brotli copies (file.js.br) are what a host may serve instead: read them too.
  const compressed = name.endsWith('.br');
  if (!/\.(js|mjs|html|css|json|map|txt|svg)$/.test(compressed ? name.slice(0, -3) : name))
    continue;
  checked += 1;
  const text = compressed
    ? brotliDecompressSync(readFileSync(path)).toString('utf8')
    : readFileSync(path, 'utf8');
  for (const { what, pattern } of forbidden) {
    if (pattern.test(text)) problems.push(`${name}: contains ${what}`);
  }
  if (/^\s*(\/\/|\/\*)[#@]\s*sourceMappingURL=/m.test(text))
    problems.push(`${name}: points at a source map (sourceMappingURL)`);
}

if (problems.length > 0) {
  console.error(
    `check-build: ${problems.length} problem(s) in ${dir}:\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(
  `check-build: ${checked} files in ${dir} are free of mocks, demo data, secrets and source maps (${forbidden.length} patterns).`,
);
