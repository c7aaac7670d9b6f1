// The renderer's layers (docs/ARCHITECTURE.md), enforced: a folder imports only from the folders below it, and a
// feature reaches another feature only through that feature's index.ts. Paths are resolved, so '../x' and
// '../../x' are judged by where they lead, not by how they are spelled. Dynamic import() is how the shell loads a
// page as its own chunk, and stays allowed to a page module.
import path from 'node:path';

// Each layer with the layers it may import. i18n and platform are the floor; app is the roof.
const MAY_IMPORT = {
  i18n: [],
  platform: [],
  db: [],
  charts: ['i18n'],
  commands: ['i18n', 'ui'],
  ui: ['i18n', 'platform'],
  workspace: ['i18n', 'db', 'ui', 'platform'],
  features: ['i18n', 'platform', 'db', 'charts', 'commands', 'ui', 'workspace', 'features'],
  app: ['i18n', 'platform', 'db', 'charts', 'commands', 'ui', 'workspace', 'features'],
};

function placeOf(file, rendererRoot) {
  const relative = path.relative(rendererRoot, file);
  if (relative.startsWith('..')) return null;
  const [layer = '', feature, ...rest] = relative.split(path.sep);
  if (feature === undefined && path.extname(layer) !== '') return { layer: 'root' };
  return { layer, feature: layer === 'features' ? feature : undefined, inner: layer === 'features' ? rest.join('/') : undefined };
}

const isIndex = (inner) => inner === 'index' || inner === 'index.ts' || inner === '';

export default {
  meta: {
    type: 'problem',
    messages: {
      upward: 'renderer/{{from}} may not import renderer/{{to}}: it sits above (see docs/ARCHITECTURE.md).',
      inner: "Import features/{{feature}} through its index.ts, not its inner file '{{inner}}'.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const rendererRoot = path.join(context.cwd, 'renderer');
    const from = placeOf(file, rendererRoot);
    if (!from || !(from.layer in MAY_IMPORT)) return {};
    function check(node, spec, dynamic) {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = placeOf(path.resolve(path.dirname(file), spec), rendererRoot);
      if (!to || (to.layer === from.layer && to.layer !== 'features')) return;
      if (!(to.layer in MAY_IMPORT)) return;
      if (to.layer === 'features' && from.layer === 'features' && to.feature === from.feature) return;
      if (!MAY_IMPORT[from.layer].includes(to.layer)) {
        context.report({ node, messageId: 'upward', data: { from: from.layer, to: to.layer } });
        return;
      }
      // The catalog reads each feature's dictionaries directly: through the index it would load every feature at start.
      const catalogReadsMessages = file.includes(`${path.sep}app${path.sep}catalog${path.sep}`) && /messages$/.test(to.inner ?? '');
      if (to.layer === 'features' && !dynamic && !catalogReadsMessages && !isIndex(to.inner)) {
        context.report({ node, messageId: 'inner', data: { feature: to.feature, inner: to.inner } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, false),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value, false),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, false),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value, true),
    };
  },
};
