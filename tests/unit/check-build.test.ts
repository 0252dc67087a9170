// The CI bundle check must be able to fail: run it on small fake builds.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

function checkBuild(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'check-build-'));
  try {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><script src="/assets/main.js"></script>',
    );
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return spawnSync(process.execPath, ['scripts/check-build.mjs', dir], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the production bundle check', () => {
  it('passes a bundle with only a publishable key in it', () => {
    const result = checkBuild({ 'assets/main.js': 'const key = "pk_test_51Abcdefgh";' });
    expect(result.status).toBe(0);
  });

  it.each([
    ['a Stripe secret key', 'const k = "sk_live_51Abcdefghijkl";'],
    ['a Stripe restricted key', 'const k = "rk_test_51Abcdefghijkl";'],
    ['a Stripe client_secret value', 'const s = "pi_3AbCdEfGhIj_secret_KlMnOpQrSt";'],
    ['a seeded secret', 'const s = "sk_test_51MockPlatformTestSecret9Lz6Jk2Gh5Df8As3Qp";'],
    ['the MSW library', 'console.warn("[MSW] Mocking enabled.")'],
    ['demo account passwords', 'const p = "organizer-demo-pass";'],
  ])('fails a bundle that contains %s', (what, code) => {
    const result = checkBuild({ 'assets/main.js': code });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`contains ${what}`);
  });

  it('reads the brotli copies a host may serve instead of the files, and fails a secret in one', () => {
    const result = checkBuild({
      'assets/main.js': 'const key = "pk_test_51Abcdefgh";',
      'assets/main.js.br': brotliCompressSync('const k = "sk_live_51Abcdefghijkl";'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('assets/main.js.br: contains a Stripe secret key');
  });

  it('fails a bundle that ships the mock service worker file', () => {
    const result = checkBuild({ 'mockServiceWorker.js': '/* worker */' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the mock service worker file is in the build');
  });

  it.each(['assets/main.js.map', 'assets/main.js.map.br', 'assets/index.css.map'])(
    'fails a bundle that ships the source map %s',
    (name) => {
      const result = checkBuild({ 'assets/main.js': 'const a = 1;', [name]: '{"version":3}' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${name}: a source map is in the build`);
    },
  );

  it('fails a bundle whose script points at a source map', () => {
    const result = checkBuild({
      'assets/main.js': 'const a = 1;\n//# sourceMappingURL=main.js.map\n',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('assets/main.js: points at a source map');
  });
});
