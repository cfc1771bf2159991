/**
 * Writes the CDK Terrain (cdktn) source tree: lib/, test/, examples/, main.ts, scripts/ and the
 * docs, each file through the rewrite, plus a jest config that runs the same tests as `npm test`
 * with the cdktf modules refused. The tree sits under .build/ inside the repository, so Node finds
 * cdktn, @cdktn/provider-azurerm and the test tools in the repository's node_modules.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rewriteFile } from './rewrite';

export const ROOT = path.join(__dirname, '..', '..');
export const CDKTN_TREE = path.join(ROOT, '.build', 'cdktn');

/** What the tree holds, relative to the repository root. */
export const TREE_PARTS = ['lib', 'test', 'examples', 'scripts', 'tools/terraform', 'docs', 'main.ts', 'README.md', 'RULES.md', 'API.md', 'LICENSE', 'cdktf.json', 'tsconfig.json'];

function walk(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...walk(dir, r));
    else out.push(r);
  }
  return out;
}

/**
 * Left out: the rewrite's own tests read the cdktf source and the tool, neither of which is in the
 * tree; the schema fixture test compares the harness's vendored schemas with the cdktf bindings in
 * the repository's node_modules, which is a fact about the harness, not about either variant.
 */
export const TREE_EXCLUDED = ['test/variant/rewrite.test.ts', 'test/tools/schemas.test.ts'];

/** Every file of the parts above, relative to the root. */
export function treeFiles(root = ROOT): string[] {
  const out: string[] = [];
  for (const part of TREE_PARTS) {
    const p = path.join(root, part);
    if (!fs.existsSync(p)) continue;
    if (fs.statSync(p).isDirectory()) out.push(...walk(root, part));
    else out.push(part);
  }
  return out.filter((f) => !TREE_EXCLUDED.includes(f)).sort();
}

/** The root's jest settings that decide which tests `npm test` runs. */
function rootJest(root: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).jest;
}

/** Writes the tree to `out` (emptied first) and returns the number of files changed by the rewrite. */
export function writeCdktnTree(out = CDKTN_TREE, root = ROOT): { files: number; changed: number; edits: number } {
  fs.rmSync(out, { recursive: true, force: true });
  let changed = 0;
  let edits = 0;
  const files = treeFiles(root);
  for (const rel of files) {
    const src = path.join(root, rel);
    const dst = path.join(out, rel);
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    if (/\.(png|svg|jpg|gif)$/.test(rel)) {
      fs.copyFileSync(src, dst);
      continue;
    }
    const r = rewriteFile(rel, fs.readFileSync(src, 'utf8'));
    if (r.edits.length) changed++;
    edits += r.edits.length;
    fs.writeFileSync(dst, r.text);
  }
  const jest = rootJest(root);
  const guard = path.join(root, 'tools', 'variant', 'guard', 'refuse.js');
  const config = {
    ...jest,
    rootDir: out,
    // The root maps cdktn to the guard; here cdktf is the one refused.
    moduleNameMapper: { '^(cdktf|cdktf/.*|@cdktf/.*)$': guard },
    cacheDirectory: path.join(root, '.build', 'jest-cache-cdktn'),
  };
  fs.writeFileSync(path.join(out, 'jest.config.json'), JSON.stringify(config, null, 2) + '\n');
  return { files: files.length, changed, edits };
}
