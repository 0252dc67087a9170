// Fails when the catalogs in src/locales/ are not what extraction from the code gives: a message
// added, changed or removed in the code without `npm run i18n:extract`. Runs the extraction itself
// (so afterwards the files are up to date, ready to review, translate and commit) and reports
// which catalogs it changed. tests/unit/catalogs.test.ts then checks that each is translated.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = join(ROOT, 'src', 'locales');

function snapshot() {
  const files = new Map();
  for (const part of readdirSync(LOCALES)) {
    for (const file of readdirSync(join(LOCALES, part))) {
      if (file.endsWith('.po')) {
        const path = join(LOCALES, part, file);
        files.set(path, readFileSync(path, 'utf8'));
      }
    }
  }
  return files;
}

const before = snapshot();
execFileSync(
  process.execPath,
  [join(ROOT, 'node_modules', '@lingui', 'cli', 'dist', 'lingui.js'), 'extract', '--clean'],
  {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const after = snapshot();

const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
  (path) => before.get(path) !== after.get(path),
);
if (changed.length > 0) {
  console.error('These catalogs were out of date with the code (now extracted again):');
  for (const path of changed) console.error(`  ${relative(ROOT, path)}`);
  console.error('Translate the new messages, then commit the catalogs.');
  process.exit(1);
}
console.log(`Catalogs up to date with the code (${after.size} files).`);
