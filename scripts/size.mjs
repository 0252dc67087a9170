// Bundle-size report: gzip JS a first visit downloads per route, compared with a framework floor.
//
// Usage: npm run size [-- --json [path]] [-- --check]
//   --json [path]  also write the figures as JSON (default path: docs/size-report.json)
//   --check        exit 1 when a buyer route (BUDGETED) is over TARGET x the floor (otherwise exit 0);
//                  `npm run test:build` runs it, so CI fails a change that makes a buyer page heavier
//
// Builds the app (production mode, default .env) and the trivial app in scripts/floor/ into
// temporary folders, never touching dist/ or dist-mock/, then walks each .vite/manifest.json.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/**
 * Routes to measure: URL pattern -> the lazy route module (its manifest key) and the part of the
 * messages it loads besides the shell's (src/app/router.tsx, lingui.config.ts).
 */
const ROUTES = [
  ['/', 'src/app/routes/home.tsx', 'discover'],
  ['/e/:identifier', 'src/app/routes/public-event.tsx', 'event'],
  ['/orders/:identifier/pending', 'src/app/routes/order.tsx', 'order'],
  ['/login', 'src/app/routes/login.tsx', 'login'],
  ['/my-tickets', 'src/app/routes/my-tickets.tsx', 'my-tickets'],
  ['/events', 'src/app/routes/my-events.tsx', 'organizer'],
  ['/create', 'src/app/routes/event-wizard.tsx', 'organizer'],
];
/** Each route is measured in each language: the code, plus that language's catalogs. */
const LOCALES = ['en', 'de', 'ar', 'ja'];
const catalogKeys = (part, locale) =>
  ['shell', ...(part ? [part] : [])].map((p) => `src/locales/${p}/${locale}.po`);
/** A route may weigh at most this many times the framework floor. */
const TARGET = 1.25;
/** The buyer routes, which --check holds to TARGET; the others are measured for information. */
const BUDGETED = new Set(['/', '/e/:identifier', '/orders/:identifier/pending', '/my-tickets']);
const ENTRY = 'index.html';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FLOOR_ROOT = join(ROOT, 'scripts', 'floor');

const args = process.argv.slice(2);
const check = args.includes('--check');
const jsonAt = args.indexOf('--json');
const jsonArg = args[jsonAt + 1];
const jsonPath =
  jsonAt === -1
    ? null
    : resolve(ROOT, jsonArg && !jsonArg.startsWith('--') ? jsonArg : 'docs/size-report.json');

const gzipCache = new Map();
/** Gzip size (level 9) of a built file, in bytes. */
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

/** Manifest keys of `key` and everything it statically imports, transitively (no dynamicImports). */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

/** Deduplicated JS files (relative to outDir) for a set of manifest entry keys. */
function jsFiles(manifest, keys) {
  const files = new Set();
  for (const key of keys) {
    for (const k of staticClosure(manifest, key)) {
      if (manifest[k].file.endsWith('.js')) files.add(manifest[k].file);
    }
  }
  return [...files];
}

function sumGzip(outDir, files) {
  return files.reduce((sum, file) => sum + gzipSize(join(outDir, file)), 0);
}

/** Every .js file under dir, relative to dir. */
function allJs(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return allJs(full, base);
    return e.name.endsWith('.js') ? [relative(base, full)] : [];
  });
}

const TMP = mkdtempSync(join(tmpdir(), 'open-event-size-'));

/** Runs a vite build into TMP/<label>; returns { outDir, manifest }. */
async function viteBuild(label, config) {
  const outDir = join(TMP, label);
  await build({
    mode: 'production',
    logLevel: 'warn',
    ...config,
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  return { outDir, manifest };
}

let exitCode = 0;
try {
  process.chdir(ROOT); // vite.config.ts reads .env from process.cwd()

  console.log('Building framework floor (scripts/floor)...');
  const floorBuild = await viteBuild('floor', {
    root: FLOOR_ROOT,
    configFile: false,
    envDir: false,
    cacheDir: join(TMP, 'floor-cache'),
    plugins: [react()],
  });
  const floorFiles = jsFiles(floorBuild.manifest, [ENTRY]);
  const floor = sumGzip(floorBuild.outDir, floorFiles);
  console.log(`Framework floor: ${kib(floor)} KiB gzip (${floorFiles.length} JS file(s))`);

  console.log('Building app (production, default .env)...');
  const app = await viteBuild('app', { root: ROOT, configFile: join(ROOT, 'vite.config.ts') });
  if (!app.manifest[ENTRY]) throw new Error(`${ENTRY} is not in the app's manifest`);

  const routes = ROUTES.map(([path, module, part]) => {
    if (!app.manifest[module]) {
      const why = existsSync(join(ROOT, module)) ? 'not built (no own chunk)' : 'not built';
      return { path, module, status: why, gzipBytes: null, ratio: null, files: [], locales: {} };
    }
    const locales = {};
    for (const locale of LOCALES) {
      const catalogs = catalogKeys(part, locale);
      const missing = catalogs.filter((key) => !app.manifest[key]);
      if (missing.length > 0) throw new Error(`not in the manifest: ${missing.join(', ')}`);
      const files = jsFiles(app.manifest, [ENTRY, module, ...catalogs]);
      const gzipBytes = sumGzip(app.outDir, files);
      const catalogBytes = sumGzip(
        app.outDir,
        catalogs.map((key) => app.manifest[key].file),
      );
      locales[locale] = { gzipBytes, catalogBytes, ratio: gzipBytes / floor, files };
    }
    // The route's figure is its heaviest language.
    const worst = Object.values(locales).reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
    const { gzipBytes, ratio, files } = worst;
    return {
      path,
      module,
      status: ratio <= TARGET ? 'PASS' : 'OVER',
      gzipBytes,
      ratio,
      files,
      locales,
    };
  });

  const chunks = allJs(app.outDir)
    .map((file) => ({ file, gzipBytes: gzipSize(join(app.outDir, file)) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const total = chunks.reduce((sum, c) => sum + c.gzipBytes, 0);

  const rows = [
    ['route', ...LOCALES.map((l) => `${l} KiB`), 'x floor', 'target', 'result'],
    ...routes.map((r) =>
      r.gzipBytes === null
        ? [r.path, ...LOCALES.map(() => '-'), '-', `<= ${TARGET}x`, r.status]
        : [
            r.path,
            ...LOCALES.map((l) => kib(r.locales[l].gzipBytes)),
            r.ratio.toFixed(2),
            `<= ${TARGET}x`,
            r.status,
          ],
    ),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const last = widths.length - 1;
  const line = (row) =>
    row.map((c, i) => (i === 0 || i === last ? c.padEnd(widths[i]) : c.padStart(widths[i])));
  console.log(
    '\nFirst-visit JS per route and language (entry + route chunk + static imports + the' +
      "\nlanguage's catalogs, gzip -9); x floor is the heaviest language's:\n",
  );
  rows.forEach((row, i) => {
    console.log(line(row).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
  console.log(`\nFramework floor: ${kib(floor)} KiB gzip (${floorFiles.length} JS file(s))`);
  console.log(`All app JS:      ${kib(total)} KiB gzip (${chunks.length} files)`);
  console.log('Largest chunks:');
  for (const c of chunks.slice(0, 5))
    console.log(`  ${kib(c.gzipBytes).padStart(7)} KiB  ${c.file}`);
  console.log('Catalogs (gzip KiB):');
  // The demo's catalogs are not in a real build (src/lib/i18n/demo-catalogs.ts).
  const parts = readdirSync(join(ROOT, 'src', 'locales'))
    .sort()
    .filter((part) => app.manifest[`src/locales/${part}/en.po`]);
  const catalogs = {};
  for (const part of parts) {
    catalogs[part] = Object.fromEntries(
      LOCALES.map((l) => [
        l,
        gzipSize(join(app.outDir, app.manifest[`src/locales/${part}/${l}.po`].file)),
      ]),
    );
    const sizes = LOCALES.map((l) => `${l} ${kib(catalogs[part][l])}`);
    console.log(`  ${part.padEnd(11)} ${sizes.join('  ')}`);
  }

  if (jsonPath) {
    const report = {
      generatedAt: new Date().toISOString(),
      unit: 'bytes (gzip level 9)',
      target: TARGET,
      floor: { gzipBytes: floor, files: floorFiles },
      routes: routes.map(({ path, module, status, gzipBytes, ratio, files, locales }) => {
        const rounded = ratio === null ? null : Number(ratio.toFixed(2));
        const byLocale = Object.fromEntries(
          Object.entries(locales).map(([l, m]) => [
            l,
            { gzipBytes: m.gzipBytes, catalogGzipBytes: m.catalogBytes },
          ]),
        );
        return { path, module, status, gzipBytes, ratio: rounded, files, locales: byLocale };
      }),
      catalogGzipBytes: catalogs,
      totalGzipBytes: total,
      largestChunks: chunks.slice(0, 5),
    };
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nWrote ${relative(ROOT, jsonPath)}`);
  }

  const over = routes.filter((r) => r.status === 'OVER' && BUDGETED.has(r.path));
  if (check && over.length > 0) {
    const list = over.map((r) => r.path).join(', ');
    console.error(`\n--check: buyer route(s) over ${TARGET}x the framework floor: ${list}.`);
    exitCode = 1;
  }
} catch (error) {
  console.error('\nsize: failed:', error?.message ?? error);
  exitCode = 1;
} finally {
  rmSync(TMP, { recursive: true, force: true });
}
process.exit(exitCode);
