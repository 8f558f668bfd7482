import { parseCost } from '@/utils/cost';

// Expected values are written by hand from the formats in fact sheet B.1 (`12 000,00`, U+00A0
// groups, decimal comma), D.3 (`1 500 руб.`) and the `deal_currency` list in A.6.
const NB = '\u00a0'; // non-breaking space
const NNB = '\u202f'; // narrow non-breaking space
const THIN = '\u2009'; // thin space
const MINUS = '\u2212';

type Expected = { amount: number; currency: string | null } | null;
const ok = (amount: number, currency: string | null = null): Expected => ({ amount, currency });

const TABLE: [string, Expected][] = [
  // GetCourse's own formats (B.1, D.3)
  ['1 500 руб.', ok(1500, 'RUB')],
  [`12${NB}000,00`, ok(12000)],
  ['12 000,00', ok(12000)],
  [`1${NB}500${NB}руб.`, ok(1500, 'RUB')],
  [`1${NNB}500 ₽`, ok(1500, 'RUB')],
  [`1${THIN}500 ₽`, ok(1500, 'RUB')],
  ['1 500,50 ₽', ok(1500.5, 'RUB')],
  [`1${NB}234${NB}567,89 руб.`, ok(1234567.89, 'RUB')],
  ['0 руб.', ok(0, 'RUB')],
  ['  1 500 руб.  ', ok(1500, 'RUB')],
  // plain numbers
  ['1500', ok(1500)],
  ['1500.5', ok(1500.5)],
  ['1500,5', ok(1500.5)],
  ['1500,50', ok(1500.5)],
  ['0,5', ok(0.5)],
  ['0', ok(0)],
  ['007', ok(7)],
  ['99,99', ok(99.99)],
  ['1 000 000', ok(1000000)],
  // both separators: the last one is the decimal (rule 2)
  ['$1,500.00', ok(1500, 'USD')],
  ['1.500,00 €', ok(1500, 'EUR')],
  ['1,500.00', ok(1500)],
  ['1.234.567,89', ok(1234567.89)],
  ['1,234,567.89 USD', ok(1234567.89, 'USD')],
  ['1,500,000', ok(1500000)],
  ['1.500.000 руб.', ok(1500000, 'RUB')],
  // RUB spellings
  ['1500 руб', ok(1500, 'RUB')],
  ['1500руб.', ok(1500, 'RUB')],
  ['1500 р.', ok(1500, 'RUB')],
  ['1500р', ok(1500, 'RUB')],
  ['1500 RUB', ok(1500, 'RUB')],
  ['1500 rub', ok(1500, 'RUB')],
  ['1500 Руб.', ok(1500, 'RUB')],
  ['1500 рублей', ok(1500, 'RUB')],
  ['₽1500', ok(1500, 'RUB')],
  // USD
  ['$1500', ok(1500, 'USD')],
  ['1500 $', ok(1500, 'USD')],
  ['US$1,500', ok(1500, 'USD')],
  ['US$ 99.90', ok(99.9, 'USD')],
  ['1500 USD', ok(1500, 'USD')],
  ['USD 1500', ok(1500, 'USD')],
  ['$10 USD', ok(10, 'USD')],
  // EUR, KZT, UAH, BYN, GBP
  ['€1.500,00', ok(1500, 'EUR')],
  ['1 500 EUR', ok(1500, 'EUR')],
  ['1 500 евро', ok(1500, 'EUR')],
  ['12 000 KZT', ok(12000, 'KZT')],
  ['12 000 ₸', ok(12000, 'KZT')],
  ['12 000 тг', ok(12000, 'KZT')],
  ['12 000 тг.', ok(12000, 'KZT')],
  ['12 000 тенге', ok(12000, 'KZT')],
  ['500 ₴', ok(500, 'UAH')],
  ['500 грн.', ok(500, 'UAH')],
  ['500 UAH', ok(500, 'UAH')],
  ['50 Br', ok(50, 'BYN')],
  ['Br 50', ok(50, 'BYN')],
  ['50 BYN', ok(50, 'BYN')],
  ['50 бел. руб.', ok(50, 'BYN')],
  ['50 бел.руб.', ok(50, 'BYN')],
  ['£20', ok(20, 'GBP')],
  ['20 GBP', ok(20, 'GBP')],
  // plain ISO codes from the deal_currency list (A.6)
  ['100 UZS', ok(100, 'UZS')],
  ['100 uzs', ok(100, 'UZS')],
  ['100 AED', ok(100, 'AED')],
  ['100 TJS', ok(100, 'TJS')],
  ['100 BYR', ok(100, 'BYR')],
  ['100 XYZ', null],
  ['100 USDT', null],
  // negative amounts
  ['-1 500 руб.', ok(-1500, 'RUB')],
  [`${MINUS}1 500`, ok(-1500)],
  ['- 1 500,50 ₽', ok(-1500.5, 'RUB')],
  ['-$1,500.00', ok(-1500, 'USD')],
  ['$-1,500.00', ok(-1500, 'USD')],
  ['--1500', null],
  ['1500-', null],
  // no amount
  ['', null],
  ['-', null],
  ['   ', null],
  ['бесплатно', null],
  ['руб.', null],
  ['$', null],
  ['Бесплатно 0 руб.', null],
  // more than one amount (rule 6)
  ['от 1 000 до 2 000 руб.', null],
  ['1 000 - 2 000 руб.', null],
  ['1500 / 2000', null],
  ['1 500, 2 000', null],
  ['1 500 руб. 50 коп.', null],
  ['$10 EUR', null],
  // broken grouping (rule 1)
  ['1 5 0 0', null],
  ['15 00', null],
  ['1500 000', null],
  ['1 50', null],
  ['1  500', null],
  ['1 500 00', null],
  ['1,500 000', null],
  ['1.5,00', null],
  ['1,500.000.00', null],
  ['12.05.2024', null],
  ['1.2.3', null],
  ['.5', null],
  ['1500.', null],
  ['1500,-', null],
  ['Цена: 1500 руб.', null],
  ['~1500', null],
  // rounding to cents, half-up in decimal (rule 7)
  ['1500,4999', ok(1500.5)],
  ['0,995', ok(1)],
  ['0,994', ok(0.99)],
  ['1,005 руб.', ok(1.01, 'RUB')],
  ['0.1 USD', ok(0.1, 'USD')],
  ['9 999 999 999 999,99', ok(9999999999999.99)],
  ['99 999 999 999 999', null],
  // hostile input
  ['1'.repeat(10_000), null],
  ['1 500 руб.'.repeat(1000), null],
  ['<b>1500</b>', null],
  ['<script>alert(1)</script>', null],
  ['1500 🙂', null],
  ['💰1500', null],
  ['1500\u0000', null],
  ['١٥٠٠', null],
  ['NaN', null],
  ['Infinity', null],
  ['1e5', null],
  ['0x10', null],
];

describe('parseCost table', () => {
  it('has at least 60 rows', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('%j → %j', (input, expected) => {
    expect(parseCost(input)).toStrictEqual(expected);
  });
});

describe('parseCost ambiguity rules', () => {
  it('reads "1,500 руб." as 1.5: GetCourse writes decimals with a comma (ref B.1)', () => {
    expect(parseCost('1,500 руб.')).toStrictEqual({ amount: 1.5, currency: 'RUB' });
    expect(parseCost('1,500')).toStrictEqual({ amount: 1.5, currency: null });
    expect(parseCost('1,500 €')).toStrictEqual({ amount: 1.5, currency: 'EUR' });
  });

  it('reads "$1,500" as 1500: a currency written before the number means English grouping', () => {
    expect(parseCost('$1,500')).toStrictEqual({ amount: 1500, currency: 'USD' });
    expect(parseCost('USD 1,500')).toStrictEqual({ amount: 1500, currency: 'USD' });
    expect(parseCost('€1,500')).toStrictEqual({ amount: 1500, currency: 'EUR' });
  });

  it('reads "1.500 руб." as 1500: a dot before exactly 3 digits groups thousands the European way', () => {
    expect(parseCost('1.500 руб.')).toStrictEqual({ amount: 1500, currency: 'RUB' });
    expect(parseCost('1.500')).toStrictEqual({ amount: 1500, currency: null });
    expect(parseCost('12.000 KZT')).toStrictEqual({ amount: 12000, currency: 'KZT' });
  });

  it('reads "$1.500" as 1.5: with the currency first, a dot is the decimal point', () => {
    expect(parseCost('$1.500')).toStrictEqual({ amount: 1.5, currency: 'USD' });
    expect(parseCost('US$ 2.250')).toStrictEqual({ amount: 2.25, currency: 'USD' });
  });

  it('reads a single separator as decimal when exactly-3-digit grouping is impossible', () => {
    expect(parseCost('1500,500')).toStrictEqual({ amount: 1500.5, currency: null }); // 4-digit first group
    expect(parseCost('$1500,500')).toStrictEqual({ amount: 1500.5, currency: 'USD' });
    expect(parseCost('1 500,500 руб.')).toStrictEqual({ amount: 1500.5, currency: 'RUB' }); // spaces already group
    expect(parseCost('1 500.500')).toStrictEqual({ amount: 1500.5, currency: null });
    expect(parseCost('$1,50')).toStrictEqual({ amount: 1.5, currency: 'USD' });
  });

  it('takes the last of "." and "," as the decimal separator when both are present', () => {
    expect(parseCost('1.500,00 €')?.amount).toBe(1500);
    expect(parseCost('$1,500.00')?.amount).toBe(1500);
    expect(parseCost('1.500,5')?.amount).toBe(1500.5);
    expect(parseCost('1,500.5')?.amount).toBe(1500.5);
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseCost('-0')?.amount, 0)).toBe(true);
    expect(Object.is(parseCost('-0,00 руб.')?.amount, 0)).toBe(true);
  });

  it('is not fooled where parseFloat is (fact sheet D.3)', () => {
    expect(parseFloat('1 500 руб.')).toBe(1);
    expect(parseCost('1 500 руб.')?.amount).toBe(1500);
  });
});

/** Groups an integer by thousands with `sep`, by hand (no Intl). */
function group(n: number, sep: string): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

describe('parseCost properties', () => {
  it('round-trips every integer 0..100000 written with U+00A0 groups and " руб."', () => {
    const bad: number[] = [];
    for (let n = 0; n <= 100_000; n++) {
      const r = parseCost(`${group(n, NB)} руб.`);
      if (r?.amount !== n || r.currency !== 'RUB') bad.push(n);
    }
    expect(bad).toEqual([]);
  });

  it('round-trips kopecks in the export format `12 000,00`, with any space-like separator', () => {
    const seps = [' ', NB, NNB, THIN];
    const bad: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const rub = (i * 7919) % 10_000_000;
      const kop = i % 100;
      const text = `${group(rub, seps[i % 4]!)},${String(kop).padStart(2, '0')}`;
      const expected = Number(`${rub}.${String(kop).padStart(2, '0')}`);
      if (parseCost(text)?.amount !== expected) bad.push(text);
    }
    expect(bad).toEqual([]);
  });

  it('negates: "-" or U+2212 before any accepted amount flips its sign', () => {
    for (const [input, expected] of TABLE) {
      if (!expected || expected.amount === 0 || /^[-\u2212$]/.test(input.trim())) continue;
      const neg = parseCost(`${MINUS}${input.trim()}`);
      expect(neg, input).toStrictEqual({ amount: -expected.amount, currency: expected.currency });
    }
  });

  it('rejects every accepted amount once a second amount is appended', () => {
    for (const [input, expected] of TABLE) {
      if (!expected) continue;
      expect(parseCost(`${input} 2 000`), input).toBeNull();
      expect(parseCost(`${input} или 2000`), input).toBeNull();
    }
  });

  it('never throws and returns only finite amounts with at most 2 decimals on random text', () => {
    const alphabet = `0123456789 ${NB}${NNB}${THIN}.,-${MINUS}$€₽руб.USDKZT<>/&🙂`;
    // oxlint-disable-next-line typescript/no-misused-spread -- by code point on purpose: the emoji stays one character
    const chars = [...alphabet];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      const len = next() % 16;
      for (let j = 0; j < len; j++) s += chars[next() % chars.length];
      const r = parseCost(s);
      if (r === null) continue;
      accepted++;
      expect(Number.isFinite(r.amount), s).toBe(true);
      expect(Math.round(r.amount * 100) / 100, s).toBe(r.amount);
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('rejects text longer than 100 characters, even around a valid amount', () => {
    expect(parseCost(`${' '.repeat(90)}1 500 руб.`)?.amount).toBe(1500); // 100 characters
    expect(parseCost(`${' '.repeat(91)}1 500 руб.`)).toBeNull(); // 101 characters
  });

  it('turns long hostile input down without throwing (speed belongs to npm run bench)', () => {
    const inputs = ['1 '.repeat(5000), '1,'.repeat(49) + '1', '-'.repeat(10_000) + '1', '9'.repeat(99)];
    for (const s of inputs) expect(parseCost(s)).toBeNull();
  });
});
