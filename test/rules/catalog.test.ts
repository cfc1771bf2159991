import { ALL_RULES, ruleById } from '../../lib/rules/catalog';

/** The complete list of rule IDs and levels. Changing it is a deliberate, reviewed act. */
const PINNED: Record<string, string> = {
  'VNI-R001': 'error',
  'VNI-R002': 'error',
  'VNI-R003': 'warning',
  'VNI-R004': 'error',
  'VNI-R005': 'warning',
  'VNI-R006': 'error',
  'VNI-R007': 'error',
  'VNI-R008': 'error',
  'VNI-R009': 'error',
  'VNI-R010': 'error',
  'VNI-R011': 'error',
  'VNI-R012': 'error',
  'VNI-R013': 'error',
  'VNI-R014': 'error',
  'VNI-R015': 'error',
  'VNI-R016': 'error',
  'VNI-R017': 'error',
  'VNI-R018': 'warning',
  'VNI-R026': 'error',
  'VNI-P001': 'error',
  'VNI-P002': 'error',
  'VNI-P003': 'error',
  'VNI-P004': 'error',
  'VNI-P005': 'error',
  'VNI-P006': 'error',
  'VNI-P007': 'warning',
  'VNI-P008': 'warning',
  'VNI-G001': 'error',
  'VNI-G002': 'error',
  'VNI-G003': 'error',
  'VNI-G004': 'error',
  'VNI-G005': 'error',
  'VNI-G006': 'error',
  'VNI-G007': 'error',
  'VNI-G008': 'error',
  'VNI-G009': 'error',
  'VNI-G010': 'error',
  'VNI-G011': 'error',
  'VNI-G012': 'warning',
  'VNI-G013': 'warning',
  'VNI-G014': 'warning',
  'VNI-G015': 'warning',
  'VNI-G016': 'error',
  'VNI-G017': 'error',
  'VNI-G018': 'warning',
  'VNI-G019': 'warning',
  'VNI-G020': 'error',
  'VNI-G021': 'error',
  'VNI-G022': 'warning',
  'VNI-G023': 'error',
  'VNI-G024': 'warning',
  'VNI-G025': 'warning',
  'VNI-G026': 'warning',
  'VNI-G027': 'warning',
  'VNI-G028': 'error',
  'VNI-G029': 'error',
  'VNI-G030': 'error',
  'VNI-R019': 'warning',
  'VNI-R020': 'warning',
  'VNI-R021': 'error',
  'VNI-R024': 'warning',
};

describe('rule catalog', () => {
  test('pins every rule ID and level', () => {
    expect(Object.fromEntries(ALL_RULES.map((r) => [r.id, r.level]))).toEqual(PINNED);
  });

  test('IDs are unique and well formed', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^VNI-[RGPA]\d{3}$/);
  });

  test('only errors are overridable, and only a few', () => {
    const overridable = ALL_RULES.filter((r) => r.overridable);
    for (const r of overridable) expect(r.level).toBe('error');
    expect(overridable.map((r) => r.id)).toEqual(['VNI-R013']);
  });

  test('every rule names its source document, section and a Microsoft Learn link, and a fix', () => {
    for (const r of ALL_RULES) {
      expect(r.source.document.length).toBeGreaterThan(5);
      expect(r.source.section.length).toBeGreaterThan(5);
      // Microsoft Learn, or (platform facts about Terraform no document covers) the azurerm provider's pinned docs.
      expect(r.source.url).toMatch(/^https:\/\/(learn\.microsoft\.com\/|registry\.terraform\.io\/providers\/hashicorp\/azurerm\/\d)/);
      expect(r.fix.length).toBeGreaterThan(10);
      expect(r.name).toMatch(/^[A-Z][A-Za-z]+\.[A-Z][A-Za-z0-9]+$/);
    }
  });

  test('ruleById finds each rule of the catalog by its ID, and nothing for an unknown ID', () => {
    for (const r of ALL_RULES) expect(ruleById(r.id)).toBe(r);
    expect(ruleById('VNI-R999')).toBeUndefined();
  });
});

describe('every rule ID has its code file, its test file and its doc page', () => {
  const fs = require('fs') as typeof import('fs');
  const path = require('path') as typeof import('path');
  const ROOT = path.join(__dirname, '..', '..');
  const FAMILY: Record<string, { folder: string; prefix: string }> = {
    regional: { folder: 'regional', prefix: 'Regional.' },
    deployment: { folder: 'deployment', prefix: 'Deployment.' },
    gateway: { folder: 'gateway', prefix: 'Gateway.' },
    peering: { folder: 'peering', prefix: 'Peering.' },
  };
  const ruleFiles = Object.values(FAMILY).flatMap(({ folder }) =>
    fs.readdirSync(path.join(ROOT, 'lib/rules', folder)).filter((f) => /^[rgp]\d{3}-.*\.ts$/.test(f)).map((f) => ({ folder, file: f })),
  );

  test.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const stem = id.slice(4).toLowerCase();
    const code = ruleFiles.filter((f) => f.file.startsWith(`${stem}-`));
    expect(code.map((f) => f.file)).toHaveLength(1);
    const { folder, file } = code[0];
    // The file exports the catalog's rule object (checked on the module, not its text: the mutation check instruments the text).
    const exported = Object.values(require(path.join(ROOT, 'lib/rules', folder, file)) as Record<string, unknown>);
    expect(exported).toContain(rule);
    // The rule name says its family (the folder), in the library's words.
    expect(rule.name.startsWith(FAMILY[folder].prefix)).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'test/rules', folder, file.replace(/\.ts$/, '.test.ts')))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'docs/rules', `${id}.md`))).toBe(true);
  });

  test('no rule file without a rule in the catalog', () => {
    const ids = new Set(ALL_RULES.map((r) => r.id.slice(4).toLowerCase()));
    expect(ruleFiles.filter((f) => !ids.has(f.file.slice(0, 4)))).toEqual([]);
  });
});
