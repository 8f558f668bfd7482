/**
 * The in-page views render every fixture name, hostile ones included, as text: no element is
 * ever created from a field name, and the names come through unchanged.
 */
import { renderSummary } from '@/components/content/field-summary';
import { renderFieldWarning } from '@/components/content/field-warning';
import { planFieldNames } from '@/utils/field-plan';
import { createContentT } from '@/utils/i18n-content';
import { CONTENT_STRINGS } from '@/utils/locales/content';
import { FIELD_NAMES } from '../fixtures/field-names';

const t = createContentT('ru', CONTENT_STRINGS.ru);
const names = FIELD_NAMES.map((c) => c.name);

function shadow(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

describe('in-page views with hostile field names', () => {
  it('the summary lists every bad name verbatim in its rename plan and creates no foreign elements', () => {
    const root = shadow();
    const verdicts = planFieldNames(names);
    renderSummary(root, { verdicts, context: 'user', diagnose: () => '' }, t);
    const plan = root.querySelector<HTMLTextAreaElement>('.gc-plan-text')!.value;
    for (const verdict of verdicts.filter((v) => v.problems.length > 0)) expect(plan).toContain(`${verdict.name} → ${verdict.suggestion}`);
    expect(root.querySelectorAll('img, script, iframe, svg, style:not(:first-child)')).toHaveLength(0);
    expect(names.some((n) => n.includes('<img'))).toBe(true);
  });

  it('each warning shows its problems and suggestion as text', () => {
    for (const verdict of planFieldNames(names).filter((v) => v.problems.length > 0)) {
      const root = shadow();
      renderFieldWarning(root, verdict, t);
      expect(root.querySelector('.gc-suggestion')!.textContent).toBe(verdict.suggestion);
      expect(root.querySelector('.gc-what')!.textContent).toContain('Albato не увидит это поле');
      expect(root.querySelectorAll('img, script, iframe')).toHaveLength(0);
      expect(root.querySelector('button')!.getAttribute('type')).toBe('button');
    }
  });

  it('a re-render replaces the warning instead of adding a second one', () => {
    const root = shadow();
    const [verdict] = planFieldNames(['Город']);
    renderFieldWarning(root, verdict!, t);
    renderFieldWarning(root, verdict!, t);
    expect(root.querySelectorAll('.gc-warning')).toHaveLength(1);
  });
});
