import { titledCount, planFieldNames, planFieldNamesLazily, renamePlan } from '@/utils/field-plan';
import { lintFieldName } from '@/utils/field-name';

const VALID = /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/;

describe('planFieldNames: one verdict per field on the page', () => {
  it('keeps visible names and suggests for the others (ICAO 9303)', () => {
    const plan = planFieldNames(['Город проживания', 'telegram_id', 'utm source']);
    expect(plan.map((v) => [v.problems, v.suggestion])).toEqual([
      [['cyrillic', 'spaces'], 'gorod_prozhivaniia'],
      [[], 'telegram_id'],
      [['spaces'], 'utm_source'],
    ]);
  });

  it('suffixes a suggestion that equals an existing name, and says which name was taken', () => {
    const [city] = planFieldNames(['Город', 'gorod']);
    expect(city).toMatchObject({ suggestion: 'gorod_2', suffixed: true, takenBy: 'gorod' });
  });

  it('never gives two fields the same suggestion', () => {
    const plan = planFieldNames(['Город', 'город ', 'Gorod?', 'gorod_2']);
    const suggestions = plan.filter((v) => v.problems.length).map((v) => v.suggestion.toLowerCase());
    expect(new Set(suggestions).size).toBe(suggestions.length);
    expect(suggestions).not.toContain('gorod_2');
  });

  it('flags duplicate names even when each is Latin', () => {
    const plan = planFieldNames(['vk_id', 'VK_ID', 'email']);
    expect(plan[0]!.problems).toEqual(['duplicate']);
    expect(plan[1]!.problems).toEqual(['duplicate']);
    expect(plan[2]!.problems).toEqual([]);
    expect(plan[0]!.suggestion.toLowerCase()).not.toBe(plan[1]!.suggestion.toLowerCase());
  });

  it('follows the page case style like lintFieldName does', () => {
    const names = ['UTM_SOURCE', 'UTM_MEDIUM', 'Город'];
    expect(planFieldNames(names)[2]!.suggestion).toBe('GOROD');
    expect(lintFieldName('Город', names.slice(0, 2)).suggestion).toBe('GOROD');
  });

  it('stays valid and unique on 5 000 generated names', () => {
    const names = Array.from({ length: 5000 }, (_, i) =>
      i % 3 === 0 ? `Поле ${i % 700}` : i % 3 === 1 ? `pole_${i % 500}` : `utm source ${i}`,
    );
    const plan = planFieldNames(names);
    const taken = new Set(names.map((n) => n.trim().toLowerCase()));
    for (const verdict of plan.filter((v) => v.problems.length)) {
      expect(verdict.suggestion).toMatch(VALID);
      expect(taken.has(verdict.suggestion.toLowerCase())).toBe(false);
      taken.add(verdict.suggestion.toLowerCase());
    }
  });
});

describe('planFieldNames: fields without a title (consent checkboxes, fact sheet R.4)', () => {
  it('marks them untitled with no problem and no suggestion, and never as duplicates of each other', () => {
    const verdicts = planFieldNames(['', 'Город', '  ', 'gorod']);
    expect(verdicts[0]).toEqual({ name: '', problems: [], suggestion: '', suffixed: false, untitled: true });
    expect(verdicts[2]).toMatchObject({ problems: [], untitled: true });
    expect(verdicts[1]).toMatchObject({ problems: ['cyrillic'], suggestion: 'gorod_2' });
    expect(titledCount(verdicts)).toBe(2);
    expect(renamePlan(verdicts)).toBe('Город → gorod_2');
  });
});

describe('renamePlan', () => {
  it('lists only the names to rename, old → new, one per line', () => {
    expect(renamePlan(planFieldNames(['Дата рождения', 'email', '<b>x</b>']))).toBe('Дата рождения → data_rozhdeniia\n<b>x</b> → b_x_b');
  });
});

describe('planFieldNamesLazily: suggestions made when read, the same as made at once', () => {
  const names = [
    'Город',
    'gorod',
    'город ',
    'Gorod?',
    'gorod_2',
    '',
    'vk_id',
    'VK_ID',
    'UTM source',
    'utm_source',
    ...Array.from({ length: 200 }, (_, i) => (i % 2 ? `Поле ${i % 30}` : `pole_${i % 40}`)),
  ];
  const made = (verdict: object) => Object.getOwnPropertyDescriptor(verdict, 'suggestion')!.get === undefined;

  it.each([
    ['in page order', (n: number) => Array.from({ length: n }, (_, i) => i)],
    ['last first', (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i)],
    ['from the middle out', (n: number) => Array.from({ length: n }, (_, i) => (i * 97) % n)],
  ])('read %s, every verdict equals the eager one', (_order, order) => {
    const lazy = planFieldNamesLazily(names);
    for (const i of order(names.length)) void lazy[i]!.takenBy;
    expect(lazy).toStrictEqual(planFieldNames(names));
  });

  it('reading one suggestion makes those before it and none after', () => {
    const lazy = planFieldNamesLazily(names);
    const bad = lazy.filter((verdict) => verdict.problems.length > 0);
    expect(bad.length).toBeGreaterThan(20);
    expect(bad.filter(made)).toHaveLength(0);
    expect(bad[3]!.suggestion).toBe(planFieldNames(names).filter((verdict) => verdict.problems.length > 0)[3]!.suggestion);
    expect(bad.map(made)).toEqual(bad.map((_, i) => i <= 3));
    expect(planFieldNames(names).every(made)).toBe(true);
  });
});
