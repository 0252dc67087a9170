// An ESLint rule that checks imports by the file they reach, not by how they are spelled: a
// feature (src/features/<name>) uses only itself, src/lib, src/config and src/components; shared
// code (src/lib, src/config, src/components) uses no feature; nothing in those imports the app
// layer (src/app) or the mocks (mocks/). `@/x` is src/x and `@mocks/x` is mocks/x (tsconfig.json);
// `../checkout/api/x` from inside src/features/discover is caught as well as `@/features/checkout`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The layer a repo-relative path belongs to: `feature:<name>`, `shared`, `app`, `mocks` or null. */
function layerOf(relative) {
  const parts = relative.split(path.sep).join('/').split('/');
  if (parts[0] === 'mocks') return 'mocks';
  if (parts[0] !== 'src') return null;
  if (parts[1] === 'features' && parts[2] && parts.length > 3) return `feature:${parts[2]}`;
  if (parts[1] === 'app') return 'app';
  if (['lib', 'config', 'components'].includes(parts[1] ?? '')) return 'shared';
  return null;
}

/** The repo-relative path an import specifier reaches, or null for a package. */
function targetOf(specifier, fromFile) {
  if (specifier.startsWith('@/')) return path.join('src', specifier.slice(2));
  if (specifier.startsWith('@mocks/')) return path.join('mocks', specifier.slice(7));
  if (specifier.startsWith('.')) {
    return path.relative(ROOT, path.resolve(path.dirname(fromFile), specifier));
  }
  return null;
}

function problem(from, to) {
  if (from === null || to === null || from === to) return null;
  if (to === 'mocks' && from !== 'mocks') return 'App code never imports the mocks.';
  if (from.startsWith('feature:')) {
    if (to.startsWith('feature:')) {
      return `Features do not import each other (${from.slice(8)} → ${to.slice(8)}): compose them in src/app/routes.`;
    }
    if (to === 'app') return 'Features do not import the app layer.';
  }
  if (from === 'shared' && (to.startsWith('feature:') || to === 'app')) {
    return 'Shared code (src/lib, src/config, src/components) never imports features or the app layer.';
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports stay inside the layers of docs/architecture.md.' },
    schema: [],
  },
  create(context) {
    const fromFile = context.filename;
    const from = layerOf(path.relative(ROOT, fromFile));
    if (from === null || from === 'mocks') return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = targetOf(source.value, fromFile);
      const message = target === null ? null : problem(from, layerOf(target));
      if (message !== null) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'layer-boundaries': rule } };
