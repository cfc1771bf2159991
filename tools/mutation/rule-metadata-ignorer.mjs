// A Stryker ignorer: a rule's documentation fields are prose and examples for docs/rules/*.md and
// RULES.md. Mutating them changes no finding, so they would only add survivors nobody can kill
// without pinning prose in a test. The fields that decide behaviour (id, level, scope, reads,
// check) are mutated as usual.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const PROSE = new Set(['summary', 'description', 'fix', 'example', 'source', 'readsNoFacts', 'section', 'note']);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'rule-metadata', {
    shouldIgnore(path) {
      if (!path.isObjectProperty()) return undefined;
      const key = path.node.key;
      const name = key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : undefined;
      if (!PROSE.has(name)) return undefined;
      // Only inside a rule object: it has an `id` and a `check`.
      const owner = path.parentPath;
      const keys = owner.node.properties?.map((p) => p.key && (p.key.name ?? p.key.value)) ?? [];
      return keys.includes('id') && keys.includes('check') ? `rule documentation field "${name}"` : undefined;
    },
  }),
];
