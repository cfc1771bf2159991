import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../lib/rules/catalog';
import { Rule } from '../../lib/rules/rule';
import { renderAll, renderRulePage, RULE_DOCS_DIR } from '../../scripts/gen-rule-docs';

const ROOT = path.join(__dirname, '..', '..');

describe('rule documentation', () => {
  test('the set of rule IDs in code equals the set of doc pages', () => {
    const pages = fs
      .readdirSync(path.join(ROOT, RULE_DOCS_DIR))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''))
      .sort();
    expect(pages).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  test('every rule has a description paragraph and a compliant example', () => {
    for (const r of ALL_RULES) {
      expect({ id: r.id, description: (r.description ?? '').trim().length > 80 }).toEqual({ id: r.id, description: true });
      expect({ id: r.id, example: (r.example ?? '').trim().length > 20 }).toEqual({ id: r.id, example: true });
    }
  });

  test('committed docs are what `npm run docs` writes (run it after changing a rule)', () => {
    for (const [rel, text] of renderAll()) {
      const file = path.join(ROOT, rel);
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `(missing ${rel})`;
      expect({ file: rel, text: committed }).toEqual({ file: rel, text });
    }
  });

  test('a page carries the ID, level, source link, version note, example and how to silence it', () => {
    const warning = ALL_RULES.find((r) => r.level === 'warning')!;
    const page = renderRulePage(warning);
    expect(page).toContain(`# ${warning.id}: ${warning.name}`);
    expect(page).toContain('| Warning |');
    expect(page).toContain(warning.source.url);
    expect(page).toContain(`RuleSuppressions.acknowledge(integration, '${warning.id}'`);

    const withVersions = ALL_RULES.find((r) => r.source.versions)!;
    expect(renderRulePage(withVersions)).toContain('## Where document versions disagree');

    const hard = ALL_RULES.find((r) => r.level === 'error' && !r.overridable)!;
    expect(renderRulePage(hard)).toContain('cannot be acknowledged or overridden');

    const overridable = ALL_RULES.find((r) => r.overridable)!;
    expect(renderRulePage(overridable)).toContain(`RuleSuppressions.overrideError(integration, '${overridable.id}'`);
  });

  test('a rule added without docs would be caught: its page is not among the committed ones', () => {
    const fake: Rule = { ...ALL_RULES[0], id: 'VNI-R999' } as Rule;
    const files = renderAll([...ALL_RULES, fake]);
    expect(files.has(`${RULE_DOCS_DIR}/VNI-R999.md`)).toBe(true);
    expect(fs.existsSync(path.join(ROOT, RULE_DOCS_DIR, 'VNI-R999.md'))).toBe(false);
  });
});
