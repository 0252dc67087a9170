// Checks a real (non-mock) production build: no mock worker, no MSW or demo data, no secret-looking strings.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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

const forbidden = [
  { what: 'the MSW library', pattern: /\[MSW\]|mockServiceWorker|setupWorker/ },
  { what: 'demo account passwords', pattern: /demo-pass/ },
  { what: 'a Stripe secret or restricted key', pattern: /\b(sk|rk)_(live|test)_[A-Za-z0-9]{4,}/ },
];

const problems = [];
let checked = 0;
for (const path of files(dir)) {
  const name = relative(dir, path);
  if (name === 'mockServiceWorker.js')
    problems.push(`${name}: the mock service worker file is in the build`);
  if (!/\.(js|html|css|json)$/.test(name)) continue;
  checked += 1;
  const text = readFileSync(path, 'utf8');
  for (const { what, pattern } of forbidden) {
    if (pattern.test(text)) problems.push(`${name}: contains ${what}`);
  }
}

if (problems.length > 0) {
  console.error(
    `check-build: ${problems.length} problem(s) in ${dir}:\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(
  `check-build: ${checked} files in ${dir} are free of mocks, demo data and secret keys.`,
);
