/**
 * The cdktf -> cdktn rewrite (tools/variant): each kind of specifier, what must stay, and over the
 * whole tree, proof that no cdktf specifier survives and that nothing but the table's entries changed.
 * Not part of the cdktn run (it tests the tool, on the cdktf source).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { moduleSpecifierNodes, rewriteFile, rewriteMarkdown, rewriteSnapshot, rewriteSpecifier, rewriteTypeScript } from '../../tools/variant/rewrite';
import { AZURERM_PIN, CDKTF_SPECIFIER, MARKDOWN_TEXT, PACKAGE_NAMES, SPECIFIERS, STRING_TEXT } from '../../tools/variant/table';
import { ROOT, treeFiles } from '../../tools/variant/tree';

const ts1 = (src: string) => rewriteTypeScript(src).text;

describe('module specifiers', () => {
  test.each([
    ["import { App } from 'cdktf';", "import { App } from 'cdktn';"],
    ['import { App } from "cdktf";', 'import { App } from "cdktn";'],
    ["import * as cdktf from 'cdktf';", "import * as cdktf from 'cdktn';"],
    ["export { Token } from 'cdktf';", "export { Token } from 'cdktn';"],
    ["import type { IConstruct } from 'cdktf';", "import type { IConstruct } from 'cdktn';"],
    ["let r: import('cdktf').TerraformResource;", "let r: import('cdktn').TerraformResource;"],
    ["const m = await import('cdktf');", "const m = await import('cdktn');"],
    ["const { App } = require('cdktf');", "const { App } = require('cdktn');"],
    ["require.resolve('cdktf/package.json');", "require.resolve('cdktn/package.json');"],
    ["jest.mock('cdktf');", "jest.mock('cdktn');"],
    ["import cdktf = require('cdktf');", "import cdktf = require('cdktn');"],
    ["import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';", "import { Subnet } from '@cdktn/provider-azurerm/lib/subnet';"],
    ["import { X } from 'cdktf-appservice-vnet-integration';", "import { X } from 'cdktn-appservice-vnet-integration';"],
  ])('%s', (from, to) => {
    expect(ts1(from)).toBe(to);
  });

  test('everything that only reads "cdktf" stays: comments, other strings, identifiers, other modules', () => {
    const src = [
      "// import { App } from 'cdktf';",
      '/** Testing.synth from cdktf; `cdktf synth` */',
      "const type = '@cdktf/warn';",
      "const s = 'run cdktf synth, see cdktf.out';",
      'const stack = subnet.cdktfStack;',
      "import { Construct } from 'constructs';",
      "import * as fs from 'fs';",
      'const t = `cdktf ${x} cdktf`;',
    ].join('\n');
    expect(rewriteTypeScript(src)).toEqual({ text: src, edits: [] });
  });

  test('the package name inside strings (markers, generated text) becomes the cdktn name', () => {
    expect(ts1("const M = Symbol.for('cdktf-appservice-vnet-integration.hub');")).toBe("const M = Symbol.for('cdktn-appservice-vnet-integration.hub');");
    expect(ts1('const t = `by cdktf-appservice-vnet-integration ${v}`;')).toBe('const t = `by cdktn-appservice-vnet-integration ${v}`;');
  });

  test('a cdktf specifier that no rule converts stops the rewrite, naming file and line', () => {
    expect(() => rewriteTypeScript("import 'x';\nimport { Subnet } from '@cdktf/provider-azurerm';", 'lib/a.ts')).toThrow(/lib\/a\.ts:2: module specifier '@cdktf\/provider-azurerm' names cdktf/);
    expect(() => rewriteSpecifier('@cdktf/provider-azurerm')).toThrow(/deep imports/);
    expect(() => rewriteSpecifier('@cdktf/provider-aws/lib/vpc')).toThrow(/no rule/);
    expect(rewriteSpecifier('constructs')).toBeUndefined();
    expect(rewriteSpecifier('cdktf-cli')).toBeUndefined();
  });
});

describe('markdown', () => {
  test('TypeScript blocks are rewritten as source; prose keeps the framework name, the package name changes', () => {
    const md = [
      '# cdktf-appservice-vnet-integration',
      'Run `cdktf synth` to see the cdktf output.',
      '```ts',
      "import { App } from 'cdktf';",
      "// from 'cdktf' in a comment",
      "import { RegionalVnetIntegration } from 'cdktf-appservice-vnet-integration';",
      '```',
      '```text',
      "import { App } from 'cdktf';",
      '```',
      '',
    ].join('\n');
    expect(rewriteMarkdown(md).text).toBe(
      [
        '# cdktn-appservice-vnet-integration',
        'Run `cdktf synth` to see the cdktf output.',
        '```ts',
        "import { App } from 'cdktn';",
        "// from 'cdktf' in a comment",
        "import { RegionalVnetIntegration } from 'cdktn-appservice-vnet-integration';",
        '```',
        '```text',
        "import { App } from 'cdktf';",
        '```',
        '',
      ].join('\n'),
    );
  });

  test('a variant:both region is copied unchanged; an install line outside one is refused', () => {
    const region = '<!-- variant:both -->\n```sh\nnpm install cdktf-appservice-vnet-integration cdktf@0.21.0\n```\n```ts\nimport { App } from \'cdktf\';\n```\n<!-- /variant -->\n';
    expect(rewriteMarkdown(region).text).toBe(region);
    expect(() => rewriteMarkdown('```sh\nnpm install cdktf-appservice-vnet-integration cdktf@0.21.0\n```\n', 'README.md')).toThrow(/README\.md: an install line for cdktf/);
  });
});

test('snapshots: only the azurerm provider pin changes, and the pins are what the installed provider packages write', () => {
  const snap = `"azurerm": {\n  "source": "azurerm",\n  "version": "${AZURERM_PIN.cdktf}",\n},\n"azapi": { "version": "~> 2.5" }\n`;
  expect(rewriteSnapshot(snap).text).toBe(snap.replace(AZURERM_PIN.cdktf, AZURERM_PIN.cdktn));
  const pin = (pkg: string, key: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8'))[key].provider.version;
  expect(pin('@cdktf/provider-azurerm', 'cdktf')).toBe(AZURERM_PIN.cdktf);
  expect(pin('@cdktn/provider-azurerm', 'cdktn')).toBe(AZURERM_PIN.cdktn);
});

/** What a table entry may turn a literal into: the specifier rules, or the package name inside text. */
function allowedChange(before: string, after: string): boolean {
  const quote = before[0];
  if ((quote === "'" || quote === '"') && before.endsWith(quote)) {
    const spec = before.slice(1, -1);
    const to = SPECIFIERS.find((r) => (r.match === 'exact' ? spec === r.from : spec.startsWith(r.from)));
    if (to && after === `${quote}${to.to}${spec.slice(to.from.length)}${quote}`) return true;
  }
  let undone = after;
  for (const [from, to] of STRING_TEXT) undone = undone.split(to).join(from);
  return undone === before && after !== before;
}

/** Leaf tokens of a source file as the parser sees them, with the text before each (comments, spaces). */
function tokens(src: string, file: string): { kind: ts.SyntaxKind; text: string; trivia: string }[] {
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true);
  const out: { kind: ts.SyntaxKind; text: string; trivia: string }[] = [];
  let prev = 0;
  const visit = (n: ts.Node): void => {
    if (n.kind >= ts.SyntaxKind.FirstJSDocNode && n.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = n.getChildren(sf);
    if (children.length === 0) {
      if (n.kind === ts.SyntaxKind.EndOfFileToken && n.getStart(sf) === n.getEnd()) return;
      out.push({ kind: n.kind, text: src.slice(n.getStart(sf), n.getEnd()), trivia: src.slice(prev, n.getStart(sf)) });
      prev = n.getEnd();
      return;
    }
    children.forEach(visit);
  };
  visit(sf);
  out.push({ kind: ts.SyntaxKind.EndOfFileToken, text: '', trivia: src.slice(prev) });
  return out;
}

describe('over the whole cdktn tree (lib, test, examples, scripts, main.ts, docs)', () => {
  const files = treeFiles().filter((f) => /\.(ts|md|snap)$/.test(f));

  test('the tree holds the sources and docs it should', () => {
    for (const f of ['lib/index.ts', 'main.ts', 'README.md', 'examples/index.ts', 'docs/testing.md']) expect(files).toContain(f);
    expect(files.filter((f) => f.endsWith('.snap')).length).toBeGreaterThan(0);
    expect(files).toContain('test/variant/one-framework.test.ts');
    expect(files).not.toContain('test/variant/rewrite.test.ts');
  });

  test('no module specifier of cdktf survives in any TypeScript file', () => {
    const survivors: string[] = [];
    let converted = 0;
    for (const f of files.filter((x) => x.endsWith('.ts'))) {
      const before = fs.readFileSync(path.join(ROOT, f), 'utf8');
      const after = rewriteFile(f, before).text;
      const sf = ts.createSourceFile(f, after, ts.ScriptTarget.Latest, true);
      for (const n of moduleSpecifierNodes(sf)) if (CDKTF_SPECIFIER.test(n.text)) survivors.push(`${f}: ${n.text}`);
      converted += moduleSpecifierNodes(ts.createSourceFile(f, before, ts.ScriptTarget.Latest, true)).filter((n) => CDKTF_SPECIFIER.test(n.text)).length;
    }
    expect(survivors).toEqual([]);
    expect(converted).toBeGreaterThan(100);
  });

  test('TypeScript: token for token the same, comments and spacing included, but for the converted literals', () => {
    const wrong: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.ts'))) {
      const before = fs.readFileSync(path.join(ROOT, f), 'utf8');
      const after = rewriteFile(f, before).text;
      const a = tokens(before, f);
      const b = tokens(after, f);
      if (a.length !== b.length) {
        wrong.push(`${f}: ${a.length} tokens before, ${b.length} after`);
        continue;
      }
      a.forEach((t, i) => {
        const u = b[i];
        if (t.trivia !== u.trivia || t.kind !== u.kind) wrong.push(`${f}: token ${i} (${t.text}) changed kind or surroundings`);
        else if (t.text !== u.text && !allowedChange(t.text, u.text)) wrong.push(`${f}: ${t.text} -> ${u.text}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  test('Markdown and snapshots: every changed line differs only by a table entry, and kept regions not at all', () => {
    const wrong: string[] = [];
    for (const f of files.filter((x) => !x.endsWith('.ts'))) {
      const before = fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n');
      const after = rewriteFile(f, before.join('\n')).text.split('\n');
      expect(after.length).toBe(before.length);
      const api: [string, string][] = f === 'API.md' ? [['cdktf.', 'cdktn.'], ['@cdktf/provider-azurerm.', '@cdktn/provider-azurerm.']] : [];
      const pairs = f.endsWith('.snap') ? [[`"version": "${AZURERM_PIN.cdktf}"`, `"version": "${AZURERM_PIN.cdktn}"`]] : [...MARKDOWN_TEXT, ...SPECIFIERS.map((r) => [`'${r.from}`, `'${r.to}`]), ...api];
      let keep = false;
      before.forEach((line, i) => {
        if (line.includes('<!-- variant:both -->')) keep = true;
        if (keep && after[i] !== line) wrong.push(`${f}:${i + 1} changed inside a variant:both region`);
        if (line.includes('<!-- /variant -->')) keep = false;
        if (after[i] === line) return;
        let undone = after[i];
        for (const [from, to] of pairs) undone = undone.split(to).join(from);
        if (undone !== line) wrong.push(`${f}:${i + 1}: ${line} -> ${after[i]}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  test('API.md: type references name cdktn and @cdktn/provider-azurerm, and nothing of cdktf is left', () => {
    const api = rewriteFile('API.md', fs.readFileSync(path.join(ROOT, 'API.md'), 'utf8')).text;
    expect(api).toContain('cdktn.TerraformStack');
    expect(api).toContain('@cdktn/provider-azurerm.subnet.Subnet');
    expect(api).not.toMatch(/\bcdktf\.[A-Z]|@cdktf\/|cdktf-appservice/);
    expect(api).toContain('cdktfStack'); // cdktn keeps the member's name
  });

  test('README: the cdktn copy imports cdktn in its examples and keeps both install lines', () => {
    const readme = rewriteMarkdown(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'), 'README.md').text;
    expect(readme).toMatch(/^# cdktn-appservice-vnet-integration/);
    expect(readme).toContain("import { App, TerraformStack } from 'cdktn';");
    expect(readme.replace(/<!-- variant:both -->[\s\S]*?<!-- \/variant -->/g, '')).not.toMatch(/from '(cdktf|@cdktf\/[^']*)'/);
    expect(readme).toContain(`npm install ${PACKAGE_NAMES.cdktf} cdktf@0.21.0`);
    expect(readme).toContain(`npm install ${PACKAGE_NAMES.cdktn} cdktn@0.24.0`);
  });
});
