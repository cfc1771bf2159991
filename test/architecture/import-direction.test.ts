/**
 * The module graph of lib/ is layered: a file imports only from its own folder or from folders of a
 * lower rank, folders form no cycle, and the pure layers (rules, engine, model, facts, ...) never
 * import cdktf, constructs or the file system. See the "Architecture" section of README.md.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const LIB = path.join(__dirname, '..', '..', 'lib');

/** Every folder of lib/ and its rank; a file may import from its own folder or a lower rank. */
const RANK: Record<string, number> = {
  text: 0, // how values are shown in messages
  facts: 0, // Azure facts: SKUs, regions, resource IDs, reserved names
  net: 0, // CIDR arithmetic
  model: 1, // the plain model, facts and their readers, resource keys
  rules: 2, // one rule per file, the catalog
  validation: 2, // the pure engine and report building
  topology: 2, // the pure Mermaid diagram
  adapter: 3, // everything that reads cdktf values: tokens, origins, facts, keys, markers
  inventory: 4, // tree scan, models of azurerm resources, the validation hub, writers
  references: 5, // fromXxxAttributes
  azapi: 5, // typed azapi bindings
  constructs: 6, // the public constructs
  testing: 6, // VnetIntegrationTesting
  '.': 7, // lib/index.ts: re-exports only
};

/** Folders that must stay free of cdktf, constructs and I/O. */
const PURE = new Set(['text', 'facts', 'net', 'model', 'rules', 'validation', 'topology']);
const IMPURE_PACKAGES = /^(cdktf|cdktn|constructs|@cdktf\/|@cdktn\/|fs$|path$|node:)/;

/** Rule families: each imports rules/rule.ts, rules/shared and itself, never another family. */
const RULE_FAMILIES = new Set(['regional', 'deployment', 'gateway', 'peering']);

export interface ImportEdge {
  readonly from: string; // lib-relative file, e.g. "rules/regional/r002-subnet-minimum-size.ts"
  readonly spec: string; // as written
  readonly to?: string; // lib-relative target for relative imports
}

function specifiersOf(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
    if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) out.push(n.argument.literal.text);
    if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0])) {
      const callee = n.expression;
      if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword) out.push(n.arguments[0].text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function libFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? libFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

function edgesOfLib(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const abs of libFiles(LIB)) {
    const from = path.relative(LIB, abs).split(path.sep).join('/');
    for (const spec of specifiersOf(abs, fs.readFileSync(abs, 'utf8'))) {
      const to = spec.startsWith('.') ? path.relative(LIB, path.resolve(path.dirname(abs), spec)).split(path.sep).join('/') + '.ts' : undefined;
      edges.push({ from, spec, to });
    }
  }
  return edges;
}

const folderOf = (file: string): string => (file.includes('/') ? file.split('/')[0] : '.');
const subfolderOf = (file: string): string | undefined => (file.split('/').length > 2 ? file.split('/')[1] : undefined);

/** Every breach of the layering in `edges`, in words. */
export function violations(edges: readonly ImportEdge[], folders: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of folders) if (!(f in RANK)) out.push(`lib/${f}/ has no rank in the table of test/architecture/import-direction.test.ts`);
  const graph = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = folderOf(e.from);
    if (!e.to) {
      if (PURE.has(a) && IMPURE_PACKAGES.test(e.spec)) out.push(`${e.from} is in a pure layer but imports "${e.spec}"`);
      continue;
    }
    const b = folderOf(e.to);
    if (a !== b) {
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a)!.add(b);
      if ((RANK[b] ?? Infinity) > (RANK[a] ?? -Infinity)) out.push(`${e.from} imports ${e.to}: ${b}/ (rank ${RANK[b]}) is above ${a}/ (rank ${RANK[a]})`);
    }
    if (a === 'rules' && b === 'rules') {
      const fa = subfolderOf(e.from);
      const fb = subfolderOf(e.to);
      if (fa && RULE_FAMILIES.has(fa) && fb !== fa && fb !== 'shared' && e.to !== 'rules/rule.ts') out.push(`${e.from} imports ${e.to}: a rule family imports only rules/rule.ts, rules/shared and itself`);
      if (fa === 'shared' && fb !== 'shared' && e.to !== 'rules/rule.ts') out.push(`${e.from} imports ${e.to}: rules/shared imports no rule family`);
    }
  }
  // Folder cycles (possible only among folders of one rank, but checked whatever the ranks say).
  const state = new Map<string, 'open' | 'done'>();
  const walk = (n: string, trail: string[]): void => {
    if (state.get(n) === 'done') return;
    if (state.get(n) === 'open') {
      out.push(`folder cycle: ${[...trail.slice(trail.indexOf(n)), n].join(' -> ')}`);
      return;
    }
    state.set(n, 'open');
    for (const m of graph.get(n) ?? []) walk(m, [...trail, n]);
    state.set(n, 'done');
  };
  for (const n of [...graph.keys()].sort()) walk(n, []);
  return out;
}

describe('import direction of lib/', () => {
  const folders = fs.readdirSync(LIB, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

  test('every folder has a rank, no import goes up, no folder cycle, pure layers stay pure', () => {
    expect(violations(edgesOfLib(), folders)).toEqual([]);
  });

  test('the parser sees every kind of import (so the check above has something to judge)', () => {
    const specs = specifiersOf('x.ts', [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export * from './c';",
      "const d = require('./d');",
      "type E = import('./e').E;",
      "import 'cdktf';",
    ].join('\n'));
    expect(specs).toEqual(['./a', '../b', './c', './d', './e', 'cdktf']);
    expect(edgesOfLib().length).toBeGreaterThan(200);
  });

  test('the check reports an upward import, a cycle, an unranked folder, cdktf in a pure layer and a cross-family rule import', () => {
    const found = violations(
      [
        { from: 'model/fact.ts', spec: '../adapter/tokens', to: 'adapter/tokens.ts' },
        { from: 'rules/rule.ts', spec: '../validation/engine', to: 'validation/engine.ts' },
        { from: 'validation/engine.ts', spec: '../rules/rule', to: 'rules/rule.ts' },
        { from: 'facts/region.ts', spec: 'cdktf' },
        { from: 'rules/regional/r019.ts', spec: '../peering/blocks', to: 'rules/peering/blocks.ts' },
      ],
      ['model', 'glue'],
    );
    expect(found).toEqual([
      'lib/glue/ has no rank in the table of test/architecture/import-direction.test.ts',
      'model/fact.ts imports adapter/tokens.ts: adapter/ (rank 3) is above model/ (rank 1)',
      'facts/region.ts is in a pure layer but imports "cdktf"',
      'rules/regional/r019.ts imports rules/peering/blocks.ts: a rule family imports only rules/rule.ts, rules/shared and itself',
      'folder cycle: rules -> validation -> rules',
    ]);
  });
});
