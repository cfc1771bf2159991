import { ALL_RULES } from '../../lib/rules/catalog';

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
  'VNI-P001': 'error',
  'VNI-P002': 'error',
  'VNI-P003': 'error',
  'VNI-P004': 'error',
  'VNI-P005': 'error',
  'VNI-P006': 'error',
  'VNI-P007': 'warning',
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
  'VNI-R019': 'warning',
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
      expect(r.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      expect(r.fix.length).toBeGreaterThan(10);
      expect(r.name).toMatch(/^[A-Z][A-Za-z]+\.[A-Z][A-Za-z0-9]+$/);
    }
  });
});
