/**
 * Each rule has unit tests on plain models (test/rules/<family>/<id>-<name>.test.ts) and, where it
 * needs synthesis, a second file (<id>-<name>.synth.test.ts). The unit test files load no cdktf,
 * directly or through a helper: `npm run mutation` runs them once per mutant of lib/rules, and
 * loading cdktf would cost a second or more each time (tools/mutation/scopes.js).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');
const RULE_TESTS = path.join(ROOT, 'test', 'rules');
const HEAVY_PACKAGE = /^(cdktf|cdktn|constructs|@cdktf\/|@cdktn\/)/;
/** Layers of lib/ that build on cdktf (see import-direction.test.ts). */
const HEAVY_LIB = /^lib\/(adapter|inventory|references|azapi|constructs|testing|index\.ts)/;

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return e.name.endsWith('.test.ts') && !e.name.endsWith('.synth.test.ts') ? [p] : [];
  });
}

/** Runtime imports (type-only ones are erased) of a file. */
function importsOf(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly) out.push((st.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isExportDeclaration(st) && st.moduleSpecifier && !st.isTypeOnly) out.push((st.moduleSpecifier as ts.StringLiteral).text);
  }
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && n.expression.getText(sf) === 'require' && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0])) out.push(n.arguments[0].text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((p) => fs.existsSync(p));
}

/** The first chain of imports from `file` that reaches cdktf (or a cdktf-based layer of lib/), if any. */
export function heavyChain(file: string, seen = new Set<string>()): string[] | undefined {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const rel = path.relative(ROOT, file);
  if (HEAVY_LIB.test(rel)) return [rel];
  for (const spec of importsOf(file)) {
    if (HEAVY_PACKAGE.test(spec)) return [rel, spec];
    if (!spec.startsWith('.')) continue;
    const target = resolveLocal(file, spec);
    const chain = target && heavyChain(target, seen);
    if (chain) return [rel, ...chain];
  }
  return undefined;
}

describe('rule unit test files', () => {
  const files = testFiles(RULE_TESTS);

  test('there is one per rule file at least (the catalog test names them)', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  test.each(files.map((f) => [path.relative(ROOT, f)]))('%s loads no cdktf', (rel) => {
    expect(heavyChain(path.join(ROOT, rel))).toBeUndefined();
  });

  test('the check sees cdktf through a helper', () => {
    // @cdktn/... in the CDK Terrain tree, which rewrites the imports.
    const chain = heavyChain(path.join(ROOT, 'test', 'helpers', 'peering-fixtures.ts'));
    expect(chain?.[0]).toBe('test/helpers/peering-fixtures.ts');
    expect(chain?.[1]).toMatch(/^@cdk(tf|tn)\/provider-azurerm\/lib\/provider$/);
    expect(heavyChain(path.join(RULE_TESTS, 'regional', 'r002-subnet-minimum-size.synth.test.ts'))?.slice(-1)[0]).toMatch(/cdkt(f|n)|lib\//);
  });
});
