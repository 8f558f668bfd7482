import { createFieldNameLinter, isAlbatoVisible, lintFieldName, MAX_FIELD_NAME_LENGTH, type FieldNameProblem } from '@/utils/field-name';
import { FIELD_NAMES } from './fixtures/field-names';

/** What every suggestion we build must look like (stricter than the rule itself). */
const VALID_SUGGESTION = /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/;
const lower = (names: readonly string[]) => new Set(names.map((n) => n.trim().toLowerCase()));
const gost = createFieldNameLinter({ standard: 'gost-7.79-b' });
const label = (name: string) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…(${name.length})` : name);

describe('fixture table', () => {
  it('is big and varied enough to mean something', () => {
    expect(FIELD_NAMES.length).toBeGreaterThanOrEqual(200);
    expect(FIELD_NAMES.filter((c) => c.suggestion !== undefined && c.problems.length > 0).length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(FIELD_NAMES.flatMap((c) => c.problems));
    const all: FieldNameProblem[] = ['empty', 'cyrillic', 'spaces', 'other-characters', 'leading-digit', 'too-long', 'duplicate'];
    expect([...kinds].sort()).toEqual([...all].sort());
  });
});

describe.each(FIELD_NAMES.map((c) => [label(c.name), c] as const))('lintFieldName(%s)', (_label, c) => {
  const others = c.others ?? [];
  const result = lintFieldName(c.name, others);

  it('reports exactly the expected problems, in order', () => {
    expect(result.problems).toEqual(c.problems);
  });

  it('suggests a valid Latin name of at most 64 characters that is not taken', () => {
    if (c.suggestion !== undefined) expect(result.suggestion).toBe(c.suggestion);
    if (c.problems.length === 0) {
      expect(result.suggestion).toBe(c.name);
      return;
    }
    expect(result.suggestion).toMatch(VALID_SUGGESTION);
    expect(result.suggestion.length).toBeLessThanOrEqual(MAX_FIELD_NAME_LENGTH);
    expect(lower(others).has(result.suggestion.toLowerCase())).toBe(false);
  });

  it('suggests a name that passes the lint itself (idempotent)', () => {
    expect(lintFieldName(result.suggestion).problems).toEqual([]);
    expect(lintFieldName(result.suggestion, others).problems).toEqual([]);
    expect(lintFieldName(result.suggestion, others).suggestion).toBe(result.suggestion);
  });

  it('agrees with isAlbatoVisible and with the GOST linter on the problems', () => {
    expect(isAlbatoVisible(c.name)).toBe(c.problems.filter((p) => p !== 'duplicate').length === 0);
    const g = gost(c.name, others);
    expect(g.problems).toEqual(c.problems);
    if (c.problems.length === 0) return expect(g.suggestion).toBe(c.name);
    expect(g.suggestion).toMatch(VALID_SUGGESTION);
    expect(g.suggestion.length).toBeLessThanOrEqual(MAX_FIELD_NAME_LENGTH);
  });
});

describe('isAlbatoVisible (Latin + "_" [DOC], no leading digit [INF], 64 [assumption])', () => {
  it('accepts Latin names with digits and underscores, up to 64 characters', () => {
    for (const name of ['a', 'utm_source', 'UTM_SOURCE', 'CourseLevel', 'utm__source', '_id', 'x1', 'a'.repeat(64)]) {
      expect(isAlbatoVisible(name), name).toBe(true);
    }
  });

  it('rejects the rest', () => {
    for (const name of ['', ' ', 'utm source', 'город', '1abc', 'a'.repeat(65), 'é', 'e-mail', 'city ', '\u200Bcity', 'а']) {
      expect(isAlbatoVisible(name), name).toBe(false);
    }
  });
});

describe('collisions', () => {
  it('adds _2, _3, … to a taken suggestion, compared case-insensitively', () => {
    expect(lintFieldName('Город').suggestion).toBe('gorod');
    expect(lintFieldName('Город', ['gorod']).suggestion).toBe('gorod_2');
    expect(lintFieldName('Город', ['gorod', 'GOROD_2']).suggestion).toBe('gorod_3');
    expect(lintFieldName('Город', ['gorod', 'gorod_3']).suggestion).toBe('gorod_2');
  });

  it('keeps the suffixed name within 64 characters and without a double underscore', () => {
    const long = 'a'.repeat(61) + ' bc';
    expect(lintFieldName(long).suggestion).toBe(`${'a'.repeat(61)}_bc`);
    const suffixed = lintFieldName(long, [`${'a'.repeat(61)}_bc`]).suggestion;
    expect(suffixed).toBe(`${'a'.repeat(61)}_2`);
    const full = lintFieldName('b'.repeat(80), ['b'.repeat(64)]).suggestion;
    expect(full).toBe(`${'b'.repeat(62)}_2`);
  });

  it('gives unique names across a whole page when each suggestion joins the taken names', () => {
    const page = FIELD_NAMES.map((c) => c.name);
    const taken = [...page];
    const suggested: string[] = [];
    page.forEach((name, i) => {
      const others = taken.filter((_, j) => j !== i); // the page minus this field, plus earlier suggestions
      const { problems, suggestion } = lintFieldName(name, others);
      if (problems.length === 0) return;
      expect(suggestion).toMatch(VALID_SUGGESTION);
      expect(lower(others).has(suggestion.toLowerCase()), suggestion).toBe(false);
      suggested.push(suggestion);
      taken.push(suggestion);
    });
    expect(suggested.length).toBeGreaterThan(150);
    expect(lower(suggested).size).toBe(suggested.length);
    expect(suggested).toContain('gorod_2');
  });
});

describe('case style of the other valid names', () => {
  it('is lower case when there are no other names or no clear majority', () => {
    expect(lintFieldName('Telegram ID').suggestion).toBe('telegram_id');
    expect(lintFieldName('Дата рождения', ['UTM_SOURCE']).suggestion).toBe('data_rozhdeniia');
    expect(lintFieldName('Дата рождения', ['UTM_SOURCE', 'TELEGRAM_ID', 'utm_medium', 'city']).suggestion).toBe('data_rozhdeniia');
  });

  it('ignores invalid names and names that show no style', () => {
    expect(lintFieldName('Дата рождения', ['Город', 'Дата', 'X', 'Telegram_ID', 'UTM_SOURCE', 'PHONE']).suggestion).toBe('DATA_ROZHDENIIA');
    expect(lintFieldName('Дата рождения', ['UTM SOURCE', 'TELEGRAM ID', 'city']).suggestion).toBe('data_rozhdeniia');
  });

  it('applies the style to prefixes and suffixes too', () => {
    expect(lintFieldName('1С код', ['UTM_SOURCE', 'TELEGRAM_ID']).suggestion).toBe('FIELD_1S_KOD');
    expect(lintFieldName('Город проживания', ['utmSource', 'telegramId', 'gorodProzhivaniia']).suggestion).toBe('gorodProzhivaniia_2');
    expect(lintFieldName('🎓', ['Utm_Source', 'Telegram_Id']).suggestion).toBe('Field');
  });
});

describe('GOST 7.79 system B linter', () => {
  const icao = createFieldNameLinter({ standard: 'icao-9303' });
  it.each([
    ['Щука', 'shchuka', 'shhuka'],
    ['Цирк', 'tsirk', 'cirk'],
    ['Цапля', 'tsaplia', 'czaplya'],
    ['Йогурт', 'iogurt', 'jogurt'],
    ['Съезд', 'sieezd', 'sezd'],
    ['Хлеб', 'khleb', 'xleb'],
    ['Объём заказа', 'obieem_zakaza', 'obyom_zakaza'],
    ['Їжак', 'izhak', 'yizhak'],
    ['Дата рождения', 'data_rozhdeniia', 'data_rozhdeniya'],
  ])('%s → ICAO %s, GOST %s', (name, icaoName, gostName) => {
    expect(icao(name).suggestion).toBe(icaoName);
    expect(lintFieldName(name).suggestion).toBe(icaoName);
    expect(gost(name).suggestion).toBe(gostName);
  });

  it('resolves collisions the same way', () => {
    expect(gost('Щука', ['shhuka']).suggestion).toBe('shhuka_2');
  });
});

describe('big inputs (correctness only)', () => {
  it('handles a 10 000-character name', () => {
    const name = 'Город проживания '.repeat(600).slice(0, 10_000);
    const { problems, suggestion } = lintFieldName(name);
    expect(problems).toEqual(['cyrillic', 'spaces', 'too-long']);
    expect(suggestion).toBe('gorod_prozhivaniia_gorod_prozhivaniia_gorod_prozhivaniia_gorod');
  });

  it('lints a page of 5 000 names, and one name against 5 000 others', () => {
    const page = Array.from({ length: 5000 }, (_, i) => `${FIELD_NAMES[i % FIELD_NAMES.length]!.name.slice(0, 100)} ${i}`);
    const results = page.map((name) => lintFieldName(name));
    for (const r of results) {
      expect(r.problems.length).toBeGreaterThan(0); // every name got a space
      expect(r.suggestion).toMatch(VALID_SUGGESTION);
      expect(r.suggestion.length).toBeLessThanOrEqual(MAX_FIELD_NAME_LENGTH);
    }
    const others = Array.from({ length: 5000 }, (_, i) => (i === 0 ? 'gorod' : `gorod_${i + 1}`));
    expect(lintFieldName('Город', others).suggestion).toBe('gorod_5001');
  });
});
