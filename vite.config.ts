/// <reference types="vitest/config" />
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { fileURLToPath, URL } from 'node:url';
import { transformAsync } from '@babel/core';
import { formatter as poFormatter } from '@lingui/format-po';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type HtmlTagDescriptor, type Plugin } from 'vite';
import { mockServiceWorkerSource } from './mocks/service-worker-source';

const WORKER_PATH = '/mockServiceWorker.js';

/**
 * Serves MSW's worker script only when mocking is on, instead of keeping it in public/:
 * a production build without mocks must not ship the worker file at all.
 */
function mockServiceWorker(enabled: boolean, apiHost: string): Plugin {
  const source = () => mockServiceWorkerSource(apiHost);
  return {
    name: 'open-event:mock-service-worker',
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use(WORKER_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(source());
      });
    },
    generateBundle() {
      if (!enabled) return;
      this.emitFile({ type: 'asset', fileName: WORKER_PATH.slice(1), source: source() });
    },
    // The entry imports the mock server as soon as it runs; preloading it (and what it imports)
    // from the HTML downloads it alongside the entry instead of after it.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!enabled || !ctx.bundle || ctx.path !== '/index.html') return [];
        const bundle = ctx.bundle;
        const files = new Set<string>();
        const add = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(add);
        };
        let earlyStart: string | null = null;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          // By module, not facade: the chunks are shared between the entry and the early start.
          if (chunk.moduleIds.some((id) => /[\\/]mocks[\\/](browser|seed)\.ts$/.test(id))) {
            add(chunk.fileName);
          }
          if (/[\\/]mocks[\\/]early-start\.ts$/.test(chunk.facadeModuleId ?? '')) {
            earlyStart = chunk.fileName;
          }
        }
        const tags: HtmlTagDescriptor[] = [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        }));
        // Run as soon as it arrives (async), so the worker registers while the entry is still
        // downloading and evaluating; the entry waits on the same start.
        if (earlyStart !== null) {
          tags.push({
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `/${earlyStart}` },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Brotli copies of the built text files (`file.js.br`, quality 11), for a static host that serves
 * precompressed files (nginx `brotli_static`, most CDNs), and `vite preview` serving them the same
 * way: about a seventh smaller than gzip on our JS.
 */
function precompressedBrotli(): Plugin {
  let outDir = 'dist';
  return {
    name: 'open-event:precompressed-brotli',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      for (const fileName of Object.keys(bundle)) {
        if (!(extname(fileName) in COMPRESSIBLE)) continue;
        const path = join(dir, fileName);
        const source = readFileSync(path);
        if (source.length < 1024) continue;
        const compressed = brotliCompressSync(source, {
          params: {
            [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
            [zlibConstants.BROTLI_PARAM_SIZE_HINT]: source.length,
          },
        });
        writeFileSync(`${path}.br`, compressed);
      }
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const accepts = req.headers['accept-encoding'] ?? '';
        const pathname = (req.url ?? '/').split('?')[0] ?? '/';
        const type = COMPRESSIBLE[extname(pathname)];
        if (!type || !/\bbr\b/.test(accepts)) return next();
        let decoded: string;
        try {
          decoded = decodeURIComponent(pathname);
        } catch {
          return next();
        }
        // Only files inside the build folder: no way up from it, encoded or not.
        if (decoded.includes('..') || decoded.includes('\0')) return next();
        const file = join(root, `${decoded}.br`);
        if (!existsSync(file)) return next();
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'br');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', statSync(file).size);
        res.end(readFileSync(file));
      });
    },
  };
}

const LINGUI_MACRO = /['"]@lingui\/(core|react)\/macro['"]/;

const ID_DIGITS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A production build's message ids, shortened: Lingui's ids are six-character hashes of the
 * English, which gzip cannot shrink, and each is written twice (in the code and in a catalog). Every
 * message of src/locales/ gets a short id instead ("a", "b", … "aB"), in the order of its hash, the
 * same in the code (linguiMacro) and in the compiled catalogs (shortCatalogIds): about 0.9 KiB
 * less on a first visit (npm run size). A message missing from the catalogs keeps its hash.
 */
function shortMessageIds(): Map<string, string> {
  const root = fileURLToPath(new URL('./src/locales', import.meta.url));
  const hashes = new Set<string>();
  for (const part of readdirSync(root)) {
    const source = readFileSync(join(root, part, 'en.po'), 'utf8');
    const catalog = poFormatter({ lineNumbers: false }).parse(source, {
      locale: 'en',
      sourceLocale: 'en',
      filename: part,
    }) as Record<string, unknown>;
    for (const id of Object.keys(catalog)) if (id !== '') hashes.add(id);
  }
  const short = new Map<string, string>();
  [...hashes].sort().forEach((hash, index) => {
    let id = '';
    let n = index;
    do {
      id += ID_DIGITS.charAt(n % ID_DIGITS.length);
      n = Math.floor(n / ID_DIGITS.length);
    } while (n > 0);
    short.set(hash, id);
  });
  return short;
}

function shortCatalogIds(ids: () => Map<string, string> | null): Plugin {
  return {
    name: 'open-event:short-catalog-ids',
    enforce: 'post',
    transform(code, id) {
      const map = ids();
      if (!map || !/\.po$/.test(id.split('?')[0] ?? id)) return null;
      // Keys of the compiled catalog's JSON, quoted as "id" or, inside a string, as \"id\".
      return code.replace(/(\\?")([A-Za-z0-9+/]{6})\1:/g, (whole, quote: string, hash: string) => {
        const short = map.get(hash);
        return short === undefined ? whole : `${quote}${short}${quote}:`;
      });
    },
  };
}

/**
 * Lingui's macros (`t`, `msg`, `<Trans>`, `useLingui` from the `/macro` imports) turned into
 * message lookups, before Vite strips the types: Babel with Lingui's macro plugin, on our files
 * that import a macro and on no other. A production build keeps only the message ids in the code
 * (the text is in the catalogs); development and tests keep the English too. The React plugin no
 * longer runs Babel itself, and this is all of Babel we need.
 */
function linguiMacro(ids: () => Map<string, string> | null): Plugin {
  return {
    name: 'open-event:lingui-macro',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.(ts|tsx)$/.test(file) || file.includes('/node_modules/')) return null;
      if (!LINGUI_MACRO.test(code)) return null;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: file.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'] },
        plugins: ['@lingui/babel-plugin-lingui-macro'],
      });
      if (!result?.code) return null;
      const map = ids();
      const output = map
        ? result.code.replace(/\bid: "([A-Za-z0-9+/]{6})"/g, (whole, hash: string) => {
            const short = map.get(hash);
            return short === undefined ? whole : `id: "${short}"`;
          })
        : result.code;
      return { code: output, map: map ? null : result.map };
    },
  };
}

/** Stripe.js's documented needs: its script, its iframes and its API (img-src allows any https). */
const STRIPE = {
  script: ['https://js.stripe.com', 'https://*.js.stripe.com'],
  frame: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
  connect: ['https://api.stripe.com'],
};

/**
 * The Content-Security-Policy of the built app: only the app itself, the configured API host and
 * what Stripe.js needs. A <meta> tag, so it travels with the static files whatever serves them;
 * frame-ancestors cannot be set that way and belongs in the server's headers (see README).
 */
export function contentSecurityPolicy(apiHost: string): string {
  const api = apiHost.trim().replace(/\/+$/, '');
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...STRIPE.script],
    // React and the toast library set style attributes; no inline <script> is ever allowed.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Event covers come from wherever the server stores uploads (its own host, a static domain,
    // S3 or GCS; docs/events-page.md), so any https image, and the API host.
    'img-src': ["'self'", 'data:', 'https:', ...(api ? [api] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(api ? [api] : []), ...STRIPE.connect],
    'frame-src': STRIPE.frame,
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

function cspMeta(apiHost: string): Plugin {
  return {
    name: 'open-event:content-security-policy',
    // The dev server injects inline scripts for hot reload; the policy is for what ships.
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(apiHost) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = env.VITE_API_MOCKING === 'true';
  // Only a production build shortens the message ids (tests and the dev server keep Lingui's).
  let ids: Map<string, string> | null = null;
  const shortIds = () => ids;
  return {
    plugins: [
      {
        name: 'open-event:message-ids',
        configResolved(config) {
          if (config.command === 'build' && config.isProduction && !process.env.VITEST) {
            ids = shortMessageIds();
          }
        },
      },
      linguiMacro(shortIds),
      react(),
      // Imports of the .po catalogs arrive as compiled messages (src/lib/i18n/catalogs.ts).
      lingui({ failOnCompileError: true }),
      shortCatalogIds(shortIds),
      mockServiceWorker(mocking, env.VITE_API_HOST ?? ''),
      cspMeta(env.VITE_API_HOST ?? ''),
      precompressedBrotli(),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
        // The browser's mock server does without MSW's cookie jar (see the file); vitest keeps it.
        ...(mocking && !process.env.VITEST
          ? {
              'tough-cookie': fileURLToPath(
                new URL('./mocks/lib/no-cookie-jar.ts', import.meta.url),
              ),
            }
          : {}),
      },
    },
    build: {
      // No source maps at all: they would publish the full source next to the bundle, and there
      // is no error-reporting service to give `hidden` maps to. scripts/check-build.mjs fails a
      // build that has one. To debug a production build, build it locally with --sourcemap.
      sourcemap: false,
      // Every browser the app supports preloads modules itself; the polyfill was a file of its own
      // on every first visit.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // Seven hash characters instead of eight: a file's name is written wherever it is
          // imported or preloaded, and hashes are what gzip cannot shrink (0.1 KiB per first visit,
          // npm run size). Seven is the fewest the bundler accepts for this many files; when it
          // asks for more, give it more.
          entryFileNames: 'assets/[name]-[hash:7].js',
          chunkFileNames: 'assets/[name]-[hash:7].js',
          assetFileNames: 'assets/[name]-[hash:7][extname]',
          // What every page's first load needs and the lazy pages share, in one file: left to
          // itself the bundler cut it into up to fifteen small shared files, each gzipped on its
          // own (about 2 KiB more per first visit, `npm run size`). A group takes the modules its
          // members import too, so nothing that imports the session is listed: the OAuth
          // redirect page (torii/redirect.html) loads the session's modules and nothing else.
          codeSplitting: {
            groups: [
              {
                name: 'core',
                test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack|valibot|@lingui[\\/]core)[\\/]|src[\\/](lib[\\/](api-client|json-api|dates|money|intl-cache|parse-response|event-fields|i18n[\\/](catalogs|locales))|config[\\/]paths|components[\\/]ui[\\/]use-document-title)\.|vite[\\/]preload-helper/,
              },
              {
                // Lingui's React half and what every page draws with it (the toasts, tagged
                // messages): one file. Not in core, whose group takes its members' imports with
                // it: @lingui/react's module imports the tag formatting of <Trans>, which only
                // lazily loaded code uses (src/lib/i18n/trans.tsx).
                name: 'i18n',
                test: /node_modules[\\/]@lingui[\\/]react[\\/]dist[\\/]index\.|src[\\/](components[\\/]ui[\\/](toast|ensure-i18n)|lib[\\/](i18n[\\/]tags|jwt|personal-storage)|features[\\/]auth[\\/](session|use-session))\./,
                includeDependenciesRecursively: false,
              },
              {
                // The order page's data code, which its route loader also starts early
                // (src/app/router.tsx): one file instead of four small ones.
                name: 'order-data',
                test: /src[\\/](features[\\/]checkout[\\/](api[\\/](get-order|charge-order)|charge-flow)|lib[\\/]settings)\./,
              },
            ],
          },
        },
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          'torii-redirect': fileURLToPath(new URL('./torii/redirect.html', import.meta.url)),
          // Mock mode: the worker's early start, put in index.html by mockServiceWorker().
          ...(mocking
            ? { 'early-start': fileURLToPath(new URL('./mocks/early-start.ts', import.meta.url)) }
            : {}),
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./tests/setup.ts'],
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      restoreMocks: true,
      // The test files share each worker's modules and its window (no isolation per file): that
      // takes the suite from about 170 s to under 60 s on two cores. It holds because
      // tests/setup.ts resets, after every test, everything the app's modules and the mocks keep
      // (and a leak shows up as a failure in another file). Threads start faster than processes.
      pool: 'threads',
      isolate: false,
      maxWorkers: 2,
      // CI also writes a JSON report that scripts/test-summary.mjs turns into the closing line.
      reporters: process.env.CI ? ['default', 'json'] : ['default'],
      outputFile: { json: 'reports/vitest.json' },
    },
  };
});
