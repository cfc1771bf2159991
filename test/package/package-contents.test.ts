/**
 * What each tarball of `npm run package` ships: the files, the metadata, no source maps, one
 * picture, and Markdown whose relative links all resolve inside the tarball.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PACKAGE, tarballs, Variant } from './consumer';

jest.setTimeout(300_000);

const unpacked: Partial<Record<Variant, string>> = {};
function unpack(v: Variant): string {
  if (unpacked[v]) return unpacked[v]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `unpacked-${v}-`));
  execFileSync('tar', ['xzf', tarballs()[v], '-C', dir]);
  return (unpacked[v] = path.join(dir, 'package'));
}

function files(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]));
}

describe.each(['cdktf', 'cdktn'] as const)('%s tarball', (v) => {
  test('is named after the variant and holds compiled JS, declarations, docs and LICENSE only', () => {
    expect(path.basename(tarballs()[v])).toMatch(new RegExp(`^${PACKAGE[v]}-\\d+\\.\\d+\\.\\d+\\.tgz$`));
    const list = files(unpack(v)).sort();
    for (const f of ['package.json', 'LICENSE', 'README.md', 'RULES.md', 'API.md', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'docs/rules/VNI-R002.md', 'docs/testing.md', 'docs/topology-example.png']) {
      expect(list).toContain(f);
    }
    const allowed = /^(package\.json|LICENSE|README\.md|RULES\.md|API\.md|\.jsii|dist\/lib\/.+\.(js|d\.ts)|docs\/.+\.(md|png)|node_modules\/ipaddr\.js\/.+)$/;
    expect(list.filter((f) => !allowed.test(f))).toEqual([]);
    expect(list.includes('.jsii')).toBe(v === 'cdktf');
  });

  test('no source maps, inline or separate', () => {
    const dir = unpack(v);
    const js = files(dir).filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(50);
    expect(js.filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes('sourceMappingURL'))).toEqual([]);
    expect(files(dir).filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  test('one copy of the topology picture', () => {
    expect(files(unpack(v)).filter((f) => /topology-example\.(png|svg)$/.test(f))).toEqual(['docs/topology-example.png']);
  });

  test('package.json: the variant name, keywords, peers of its framework, no repository placeholder, nothing for development', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(unpack(v), 'package.json'), 'utf8'));
    expect(pkg.name).toBe(PACKAGE[v]);
    expect(pkg).not.toHaveProperty('repository');
    expect(pkg).not.toHaveProperty('devDependencies');
    expect(pkg).not.toHaveProperty('scripts');
    expect(pkg.keywords).toEqual(expect.arrayContaining(['cdktf', 'cdktn', 'terraform', 'azure']));
    expect(pkg.license).toBe('Apache-2.0');
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.bundledDependencies).toEqual(['ipaddr.js']);
    if (v === 'cdktf') {
      expect(pkg.peerDependencies).toEqual({ cdktf: '^0.21.0', '@cdktf/provider-azurerm': '^14.23.1', constructs: '^10.6.0' });
      expect(Object.keys(pkg.jsii.targets).sort()).toEqual(['dotnet', 'go', 'java', 'python']);
    } else {
      expect(pkg.peerDependencies).toEqual({ cdktn: '~0.24.0', '@cdktn/provider-azurerm': '^16.1.0', constructs: '>=10.6.0 <10.8.0' });
      expect(pkg).not.toHaveProperty('jsii');
    }
  });

  test('the compiled code imports its own framework only', () => {
    const dir = unpack(v);
    const other = v === 'cdktf' ? 'cdktn' : 'cdktf';
    const bad = files(dir)
      .filter((f) => f.startsWith('dist/') && /\.(js|d\.ts)$/.test(f))
      .filter((f) => new RegExp(`(require\\(|from |import\\()"(${other}|@${other}/)`).test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(bad).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'dist/lib/index.js'), 'utf8')).toBeTruthy();
  });

  test('every relative link and image in the shipped Markdown resolves inside the tarball', () => {
    const dir = unpack(v);
    const broken: string[] = [];
    let checked = 0;
    for (const f of files(dir).filter((x) => x.endsWith('.md') && !x.startsWith('node_modules/'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
      for (const m of text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)|\b(?:href|src)="([^"]+)"/g)) {
        const target = m[1] ?? m[2];
        if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target)) continue;
        checked++;
        const file = decodeURIComponent(target.split('#')[0]);
        const resolved = path.normalize(path.join(path.dirname(f), file));
        if (resolved.startsWith('..') || !fs.existsSync(path.join(dir, resolved))) broken.push(`${f}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});

test('the cdktn README and docs show cdktn imports; the cdktf ones cdktf imports', () => {
  const readme = (v: Variant) => fs.readFileSync(path.join(unpack(v), 'README.md'), 'utf8');
  expect(readme('cdktn')).toMatch(/^# cdktn-appservice-vnet-integration/);
  expect(readme('cdktn')).toContain("from 'cdktn-appservice-vnet-integration'");
  expect(readme('cdktf')).toContain("from 'cdktf-appservice-vnet-integration'");
  expect(fs.readFileSync(path.join(unpack('cdktn'), 'docs', 'testing.md'), 'utf8')).toContain("from '@cdktn/provider-azurerm/lib/provider'");
});
