/**
 * The cdktf -> cdktn rewrite, driven by tools/variant/table.ts. TypeScript is parsed (the
 * compiler's own scanner finds the module specifiers and string literals), never matched with
 * regular expressions, so a comment or a word in a string that happens to read "cdktf" is left alone.
 * Every change is reported as an edit, which the tests use to prove that nothing else changed.
 */
import * as ts from 'typescript';
import { API_TEXT, CDKTF_SPECIFIER, MARKDOWN_TEXT, SNAPSHOT_TEXT, SPECIFIERS, STRING_TEXT } from './table';

/** One replaced span of the original text. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
  readonly kind: 'specifier' | 'string' | 'text';
}

export interface Rewritten {
  readonly text: string;
  readonly edits: Edit[];
}

/** The converted specifier, or undefined when no rule applies. Throws on an unconverted framework specifier. */
export function rewriteSpecifier(spec: string, where = '<input>'): string | undefined {
  for (const r of SPECIFIERS) {
    if (r.match === 'exact' ? spec === r.from : spec.startsWith(r.from) && spec.length > r.from.length) {
      return r.to + spec.slice(r.from.length);
    }
  }
  if (CDKTF_SPECIFIER.test(spec)) {
    throw new Error(`${where}: module specifier '${spec}' names cdktf but no rule in tools/variant/table.ts converts it (deep imports such as '@cdktf/provider-azurerm/lib/subnet' only)`);
  }
  return undefined;
}

/** String literal nodes that are module specifiers, found by their syntactic position. */
export function moduleSpecifierNodes(sf: ts.SourceFile): ts.StringLiteralLike[] {
  const out: ts.StringLiteralLike[] = [];
  const take = (n: ts.Node | undefined) => {
    if (n && ts.isStringLiteralLike(n)) out.push(n);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) take(n.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference)) take(n.moduleReference.expression);
    else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) take(n.argument.literal);
    else if (ts.isModuleDeclaration(n) && ts.isStringLiteral(n.name)) take(n.name);
    else if (ts.isCallExpression(n) && n.arguments.length > 0 && isModuleCall(n.expression)) take(n.arguments[0]);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** `import(x)`, `require(x)`, `require.resolve(x)`, `jest.mock(x)`, `jest.requireActual(x)`, ... */
function isModuleCall(e: ts.Expression): boolean {
  if (e.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(e)) return e.text === 'require';
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
    const [obj, prop] = [e.expression.text, e.name.text];
    return (obj === 'require' && prop === 'resolve') || (obj === 'jest' && ['mock', 'unmock', 'doMock', 'requireActual', 'requireMock', 'createMockFromModule'].includes(prop));
  }
  return false;
}

/** Literal text pieces (strings and template parts) that are not module specifiers. */
function stringPieces(sf: ts.SourceFile, skip: Set<ts.Node>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const visit = (n: ts.Node): void => {
    if (skip.has(n)) return;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      out.push({ start: n.getStart(sf), end: n.getEnd() });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function replaceAll(text: string, pairs: readonly [string, string][], offset: number, kind: Edit['kind']): Edit[] {
  const edits: Edit[] = [];
  for (const [from, to] of pairs) {
    let i = text.indexOf(from);
    while (i >= 0) {
      edits.push({ start: offset + i, end: offset + i + from.length, before: from, after: to, kind });
      i = text.indexOf(from, i + from.length);
    }
  }
  return edits;
}

function apply(text: string, edits: Edit[]): Rewritten {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping rewrite at ${e.start}`);
    out += text.slice(at, e.start) + e.after;
    at = e.end;
  }
  return { text: out + text.slice(at), edits: sorted };
}

/** Rewrites TypeScript or JavaScript source: module specifiers, then the package name in strings. */
export function rewriteTypeScript(source: string, fileName = 'input.ts'): Rewritten {
  const kind = /\.(m|c)?js$/.test(fileName) ? ts.ScriptKind.JS : /\.tsx$/.test(fileName) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const specs = moduleSpecifierNodes(sf);
  const edits: Edit[] = [];
  for (const n of specs) {
    const to = rewriteSpecifier(n.text, `${fileName}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`);
    // Only the text between the quotes changes; the quotes stay as written.
    if (to !== undefined) edits.push({ start: n.getStart(sf) + 1, end: n.getEnd() - 1, before: n.text, after: to, kind: 'specifier' });
  }
  for (const p of stringPieces(sf, new Set(specs))) {
    edits.push(...replaceAll(source.slice(p.start, p.end), STRING_TEXT, p.start, 'string'));
  }
  return apply(source, edits);
}

const FENCE = /^(```+|~~~+)[ \t]*([\w+-]*)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;
const KEEP = /<!-- variant:both -->[\s\S]*?<!-- \/variant -->/g;
const CODE_LANGS = new Set(['ts', 'typescript', 'js', 'javascript', 'tsx', 'mjs', 'cjs']);

/**
 * Rewrites Markdown: TypeScript/JavaScript code blocks as source, other text by MARKDOWN_TEXT,
 * `<!-- variant:both -->` regions copied unchanged.
 */
export function rewriteMarkdown(md: string, fileName = 'input.md'): Rewritten {
  const keep: [number, number][] = [];
  for (const m of md.matchAll(KEEP)) keep.push([m.index!, m.index! + m[0].length]);
  const kept = (i: number) => keep.some(([a, b]) => i >= a && i < b);
  const edits: Edit[] = [];
  const code: [number, number][] = [];
  for (const m of md.matchAll(FENCE)) {
    const start = m.index!;
    code.push([start, start + m[0].length]);
    if (kept(start) || !CODE_LANGS.has(m[2].toLowerCase())) continue;
    const bodyStart = start + m[0].indexOf('\n') + 1;
    const bodyEnd = start + m[0].lastIndexOf('\n') + 1;
    const body = md.slice(bodyStart, bodyEnd);
    const r = rewriteTypeScript(body, `${fileName}@${bodyStart}.${m[2].startsWith('j') ? 'js' : 'ts'}`);
    edits.push(...r.edits.map((e) => ({ ...e, start: e.start + bodyStart, end: e.end + bodyStart })));
  }
  const INSTALL = /\bnpm (i|install|add)\b[^\n]*(\bcdktf@|@cdktf\/)/g;
  for (const m of md.matchAll(INSTALL)) {
    if (!kept(m.index!)) throw new Error(`${fileName}: an install line for cdktf outside a <!-- variant:both --> region would be half rewritten; list both variants' install lines in such a region`);
  }
  const inCode = (i: number) => code.some(([a, b]) => i >= a && i < b);
  for (const e of replaceAll(md, MARKDOWN_TEXT, 0, 'text')) {
    if (!kept(e.start) && !(inCode(e.start) && isRewrittenCode(md, e.start, code))) edits.push(e);
  }
  return apply(md, dedupe(edits));
}

/** True when the position lies in a code block whose language goes through the source rewrite. */
function isRewrittenCode(md: string, i: number, code: [number, number][]): boolean {
  const block = code.find(([a, b]) => i >= a && i < b)!;
  const lang = /^(?:```+|~~~+)[ \t]*([\w+-]*)/.exec(md.slice(block[0]))![1].toLowerCase();
  return CODE_LANGS.has(lang);
}

function dedupe(edits: Edit[]): Edit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const k = `${e.start}:${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** API.md: as Markdown, plus the jsii type references of API_TEXT. */
export function rewriteApiReference(md: string): Rewritten {
  const first = rewriteMarkdown(md, 'API.md');
  const edits: Edit[] = [];
  for (const [re, to] of API_TEXT) {
    for (const m of first.text.matchAll(re)) edits.push({ start: m.index!, end: m.index! + m[0].length, before: m[0], after: to, kind: 'text' });
  }
  const second = apply(first.text, edits);
  return { text: second.text, edits: [...first.edits, ...second.edits] };
}

/** Rewrites a jest snapshot file: the azurerm provider pin only. */
export function rewriteSnapshot(snap: string): Rewritten {
  return apply(snap, replaceAll(snap, SNAPSHOT_TEXT, 0, 'text'));
}

/** Picks the rewrite for a file by its name; files of other kinds are copied unchanged. */
export function rewriteFile(fileName: string, content: string): Rewritten {
  if (/\.d\.ts$/.test(fileName) || /\.(ts|tsx|js|mjs|cjs)$/.test(fileName)) return rewriteTypeScript(content, fileName);
  if (/(^|\/)API\.md$/.test(fileName)) return rewriteApiReference(content);
  if (/\.md$/.test(fileName)) return rewriteMarkdown(content, fileName);
  if (/\.snap$/.test(fileName)) return rewriteSnapshot(content);
  return { text: content, edits: [] };
}
