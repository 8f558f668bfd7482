import { formatCount, plural, pluralCategory } from '@/utils/plural';
import { LANGS, pickLang, translate } from '@/components/shared/i18n';

const fields = { one: '{n} поле', few: '{n} поля', many: '{n} полей', other: '{n} поля' };

describe('Russian plural forms', () => {
  it.each([
    [1, '1 поле'],
    [2, '2 поля'],
    [4, '4 поля'],
    [5, '5 полей'],
    [11, '11 полей'],
    [12, '12 полей'],
    [14, '14 полей'],
    [21, '21 поле'],
    [22, '22 поля'],
    [25, '25 полей'],
    [101, '101 поле'],
    [111, '111 полей'],
    [0, '0 полей'],
  ])('%i → %s', (n, expected) => {
    expect(plural('ru', n, fields)).toBe(expected);
  });

  it('uses "other" for fractions and groups thousands the Russian way', () => {
    expect(pluralCategory('ru', 1.5)).toBe('other');
    expect(plural('ru', 1.5, fields)).toBe('1,5 поля');
    expect(plural('ru', 1001, fields)).toBe('1\u00a0001 поле');
  });

  it('matches Intl.PluralRules (CLDR) for 0…10 000 and fractions, in both languages', () => {
    for (const lang of ['ru', 'en']) {
      const rules = new Intl.PluralRules(lang);
      for (let n = 0; n <= 10_000; n++) expect(pluralCategory(lang, n), `${lang} ${n}`).toBe(rules.select(n));
      for (const n of [0.5, 1.5, 2.25, 11.1]) expect(pluralCategory(lang, n), `${lang} ${n}`).toBe(rules.select(n));
    }
  });

  it('writes counts as Intl.NumberFormat does, without creating one', () => {
    for (const lang of ['ru', 'en']) {
      const format = new Intl.NumberFormat(lang);
      for (const n of [0, 7, 999, 1000, 1001, 9999, 10_000, 123_456, 1_234_567, 1.5, -42])
        expect(formatCount(lang, n), `${lang} ${n}`).toBe(format.format(n));
    }
  });

  it('English has one/other', () => {
    const en = { one: '{n} field', other: '{n} fields' };
    expect(plural('en', 1, en)).toBe('1 field');
    expect(plural('en', 2, en)).toBe('2 fields');
    expect(plural('en', 0, en)).toBe('0 fields');
  });
});

describe('translate', () => {
  it('defaults to Russian, English only when the browser prefers it', () => {
    expect(pickLang(['ru-RU', 'en'])).toBe('ru');
    expect(pickLang(['en-US', 'ru'])).toBe('en');
    expect(pickLang(['de-DE'])).toBe('ru');
    expect(pickLang(undefined)).toBe('ru');
  });

  it('fills variables and plural counts', () => {
    expect(translate('ru', 'readiness.invisible', { n: 3, total: 40 })).toBe('3 доп. поля из 40 Albato не видит.');
    expect(translate('ru', 'readiness.invisible', { n: 31, total: 40 })).toBe('31 доп. поле из 40 Albato не видит.');
    expect(translate('en', 'readiness.untitled', { n: 1 })).toBe(
      '1 field has no title (a consent checkbox, for example): Albato cannot map it.',
    );
    expect(translate('ru', 'errors.http', { status: 502 })).toContain('HTTP 502');
  });

  it('has the same keys in both languages, none empty', () => {
    const keys = (node: unknown, prefix = ''): string[] =>
      node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix];
    expect(keys(LANGS.en).filter((k) => !/\.(few|many)\.$/.test(k))).toEqual(keys(LANGS.ru).filter((k) => !/\.(few|many)\.$/.test(k)));
    const values = (node: unknown): string[] => (typeof node === 'string' ? [node] : Object.values(node as object).flatMap(values));
    expect(values(LANGS.ru).every((v) => v.trim().length > 0)).toBe(true);
    expect(values(LANGS.en).every((v) => v.trim().length > 0)).toBe(true);
  });

  it('never tells the admin a key is not stored: it is kept for the session or remembered (check.keyHint says which)', () => {
    const values = (node: unknown): string[] => (typeof node === 'string' ? [node] : Object.values(node as object).flatMap(values));
    expect(values(LANGS.ru).filter((v) => /ключ.*не сохраняется/i.test(v))).toEqual([]);
    expect(values(LANGS.en).filter((v) => /key.*(is not|isn’t|never) (stored|saved|kept)/i.test(v))).toEqual([]);
    expect(translate('ru', 'check.keyHint')).toContain('хранится до закрытия браузера');
    expect(translate('en', 'check.keyHint')).toContain('kept until the browser closes');
  });
});
