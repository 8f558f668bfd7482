import { parseCost } from '@/utils/cost';
import { base64ToUtf8, encodeParams, utf8ToBase64 } from '@/utils/getcourse-encoding';
import {
  blankDealImport,
  blankUserImport,
  checkDealImport,
  checkImport,
  checkUserImport,
  DEAL_CURRENCIES,
  DEAL_STATUSES,
  IMPORT_ISSUE_CODES,
  IMPORT_RISK_CODES,
  importRisks,
  isTestEmail,
  readDealCost,
  risksConfirmed,
  testEmail,
  type ImportIssueCode,
  type ImportParams,
} from '@/utils/import-params';
import { IMPORT_TEXTS, importIssueText, importRiskText } from '@/utils/import-preview';
import { DEAL_STATUSES as SANDBOX_DEAL_STATUSES } from '../sandbox/import-deals.js';

const EMAIL = 'albato-test+202611281530@example.com';
const NOW = Date.UTC(2026, 10, 28, 15, 30, 59); // 2026-11-28 15:30:59 UTC

/** [field, code] pairs of a failed check, in order. */
function issuesOf(result: ReturnType<typeof checkImport>): [string, ImportIssueCode][] {
  if (result.ok) throw new Error(`expected issues, got ${JSON.stringify(result.params)}`);
  return result.issues.map((i) => [i.field, i.code]);
}

describe('user import params (fact sheet A.2–A.4)', () => {
  it.each([
    ['minimal', { user: { email: EMAIL } }, { user: { email: EMAIL } }],
    [
      'trims and drops empty form fields',
      { user: { email: `  ${EMAIL} `, first_name: ' Иван ', phone: '', city: '  ' } },
      { user: { email: EMAIL, first_name: 'Иван' } },
    ],
    [
      'groups as "name" or [name, date] (A.2)',
      {
        user: {
          email: EMAIL,
          group_name: ['Покупатели', ['Марафон', '2026-11-28 10:00'], ['Курс', '2026-11-28'], ['Без даты', ''], ['Одна']],
        },
      },
      { user: { email: EMAIL, group_name: ['Покупатели', ['Марафон', '2026-11-28 10:00'], ['Курс', '2026-11-28'], 'Без даты', 'Одна'] } },
    ],
    [
      'custom fields keyed by the field title (0.8), numbers as text',
      { user: { email: EMAIL, addfields: { 'Город проживания': 'Санкт-Петербург', telegram_id: 12345 } } },
      { user: { email: EMAIL, addfields: { 'Город проживания': 'Санкт-Петербург', telegram_id: '12345' } } },
    ],
    [
      'system flags as 0/1 from checkboxes (A.3)',
      { user: { email: EMAIL }, system: { refresh_if_exists: true, partner_email: '' } },
      { user: { email: EMAIL }, system: { refresh_if_exists: 1 } },
    ],
    [
      'flags given as 0/1 stay 0/1',
      { user: { email: EMAIL }, system: { refresh_if_exists: '0' } },
      { user: { email: EMAIL }, system: { refresh_if_exists: 0 } },
    ],
    [
      'session (A.4)',
      { user: { email: EMAIL }, session: { utm_source: 'albato', gcpc: '', referer: 'https://example.com/' } },
      { user: { email: EMAIL }, session: { utm_source: 'albato', referer: 'https://example.com/' } },
    ],
    [
      'a phone alone identifies the user (R.4)',
      { user: { email: '', phone: ' +7 900 000-00-00 ' } },
      { user: { phone: '+7 900 000-00-00' } },
    ],
    [
      'a phone with no e-mail key at all (R.4)',
      { user: { phone: '89000000000', first_name: 'Иван' } },
      { user: { phone: '89000000000', first_name: 'Иван' } },
    ],
    [
      'both: the e-mail and the phone are sent',
      { user: { email: EMAIL, phone: '+79000000000' } },
      { user: { email: EMAIL, phone: '+79000000000' } },
    ],
  ])('valid: %s', (_name, input, expected) => {
    const result = checkUserImport(input);
    expect(result).toEqual({ ok: true, params: expected });
    // the output is itself valid input: the background validates what the popup validated
    expect(result.ok && checkUserImport(result.params)).toEqual(result);
  });

  it.each<[string, unknown, [string, ImportIssueCode][]]>([
    ['nothing', {}, [['user', 'required']]],
    ['not an object', 'x', [['', 'invalid']]],
    [
      'neither e-mail nor phone (R.4; Albato’s "undefined index"): said under both',
      { user: { first_name: 'Иван' } },
      [
        ['user.email', 'identity-required'],
        ['user.phone', 'identity-required'],
      ],
    ],
    [
      'empty email and phone',
      { user: { email: '   ', phone: ' ' } },
      [
        ['user.email', 'identity-required'],
        ['user.phone', 'identity-required'],
      ],
    ],
    [
      'a phone without a digit is no phone',
      { user: { phone: '+ (   ) -' } },
      [
        ['user.email', 'identity-required'],
        ['user.phone', 'identity-required'],
      ],
    ],
    [
      'an empty user',
      { user: {} },
      [
        ['user.email', 'identity-required'],
        ['user.phone', 'identity-required'],
      ],
    ],
    [
      'an invalid e-mail is not replaced by the phone',
      { user: { email: 'ivan@', phone: '+79000000000' } },
      [['user.email', 'email-invalid']],
    ],
    ['invalid email', { user: { email: 'ivan@' } }, [['user.email', 'email-invalid']]],
    ['email with spaces', { user: { email: 'iv an@example.com' } }, [['user.email', 'email-invalid']]],
    ['email not a string', { user: { email: 42 } }, [['user.email', 'invalid']]],
    ['too long a name', { user: { email: EMAIL, first_name: 'я'.repeat(256) } }, [['user.first_name', 'too-long']]],
    ['empty group name', { user: { email: EMAIL, group_name: ['ok', ['  ', '2026-01-01']] } }, [['user.group_name.1', 'group-name-empty']]],
    ['bad group date', { user: { email: EMAIL, group_name: [['G', '28.11.2026']] } }, [['user.group_name.0', 'group-date-format']]],
    ['group not text', { user: { email: EMAIL, group_name: [5] } }, [['user.group_name.0', 'invalid']]],
    [
      'too many groups',
      { user: { email: EMAIL, group_name: Array.from({ length: 51 }, (_, i) => `g${i}`) } },
      [['user.group_name', 'too-many-groups']],
    ],
    ['empty field title', { user: { email: EMAIL, addfields: { ' ': 'x' } } }, [['user.addfields. ', 'field-title-empty']]],
    [
      'too many fields',
      { user: { email: EMAIL, addfields: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, 'x'])) } },
      [['user.addfields', 'too-many-fields']],
    ],
    ['flag not 0/1', { user: { email: EMAIL }, system: { refresh_if_exists: 2 } }, [['system.refresh_if_exists', 'flag-invalid']]],
    [
      'deal flags are not user import flags',
      { user: { email: EMAIL }, system: { multiple_offers: 1 } },
      [['system.multiple_offers', 'unknown-key']],
    ],
    ['typo in a key', { user: { email: EMAIL, frist_name: 'Иван' } }, [['user.frist_name', 'unknown-key']]],
    ['bad partner email', { user: { email: EMAIL }, system: { partner_email: 'partner' } }, [['system.partner_email', 'email-invalid']]],
  ])('invalid: %s', (_name, input, expected) => {
    expect(issuesOf(checkUserImport(input))).toEqual(expected);
  });

  it('reports every problem at once with its limit', () => {
    const result = checkUserImport({ user: { email: 'x', last_name: 'a'.repeat(300), group_name: [''] } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { code: 'email-invalid', path: ['user', 'email'], field: 'user.email' },
      { code: 'too-long', path: ['user', 'last_name'], field: 'user.last_name', max: 255 },
      { code: 'group-name-empty', path: ['user', 'group_name', 0], field: 'user.group_name.0' },
    ]);
  });
});

describe('deal import params (fact sheet A.3, A.5, A.6)', () => {
  it('knows the same deal_status codes as the sandbox that plays GetCourse (both copy A.6; kept apart so the model never borrows from the extension)', () => {
    expect([...DEAL_STATUSES]).toEqual(SANDBOX_DEAL_STATUSES);
  });

  const deal = (d: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ user: { email: EMAIL }, deal: d, ...extra });

  it.each([
    [
      'offer code and text cost with currency',
      deal({ offer_code: 'kurs-1', deal_cost: '1 500 руб.' }),
      { offer_code: 'kurs-1', deal_cost: 1500, deal_currency: 'RUB' },
    ],
    [
      'offer id as text, numeric cost, no currency (A.5: RUB by default)',
      deal({ offer_id: '1001', deal_cost: 990 }),
      { offer_id: 1001, deal_cost: 990 },
    ],
    [
      'product title and a typed currency',
      deal({ product_title: 'Курс', deal_cost: '12 000,50', deal_currency: 'eur' }),
      { product_title: 'Курс', deal_cost: 12000.5, deal_currency: 'EUR' },
    ],
    [
      'cost currency equal to the chosen one',
      deal({ offer_code: 'c', deal_cost: '$1,500.00', deal_currency: 'USD' }),
      { offer_code: 'c', deal_cost: 1500, deal_currency: 'USD' },
    ],
    [
      'cost 0, as R.4 recorded a successful deal',
      deal({ offer_code: 'c', product_title: 'Курс', deal_cost: 0 }),
      { offer_code: 'c', product_title: 'Курс', deal_cost: 0 },
    ],
    [
      'cost 0 as text with a currency',
      deal({ offer_code: 'c', deal_cost: '0 руб.' }),
      { offer_code: 'c', deal_cost: 0, deal_currency: 'RUB' },
    ],
    ['cost "-0" is sent as 0', deal({ offer_code: 'c', deal_cost: '-0' }), { offer_code: 'c', deal_cost: 0 }],
    [
      'codes in any case, flags, dates, ids',
      deal({
        offer_code: 'c',
        deal_cost: '100',
        deal_status: 'PAYED',
        payment_type: 'card',
        payment_status: 'Accepted',
        deal_is_paid: true,
        quantity: '2',
        deal_created_at: '2026-11-28 10:00:00',
        funnel_id: 3,
        deal_number: 105,
        addfields: { 'Объём заказа': 'большой' },
      }),
      {
        offer_code: 'c',
        deal_cost: 100,
        deal_status: 'payed',
        payment_type: 'CARD',
        payment_status: 'accepted',
        deal_is_paid: 1,
        quantity: 2,
        deal_created_at: '2026-11-28 10:00:00',
        funnel_id: 3,
        deal_number: '105',
        addfields: { 'Объём заказа': 'большой' },
      },
    ],
  ])('valid: %s', (_name, input, expectedDeal) => {
    const result = checkDealImport(input);
    expect(result).toEqual({ ok: true, params: { user: { email: EMAIL }, deal: expectedDeal } });
    expect(result.ok && checkDealImport(result.params)).toEqual(result);
  });

  it('keeps the A.3 flags as 0/1', () => {
    const result = checkDealImport(
      deal(
        { offer_code: 'c', deal_cost: 1 },
        { system: { refresh_if_exists: false, multiple_offers: 1, return_payment_link: true, return_deal_number: '1' } },
      ),
    );
    expect(result.ok && result.params.system).toEqual({
      refresh_if_exists: 0,
      multiple_offers: 1,
      return_payment_link: 1,
      return_deal_number: 1,
    });
  });

  it.each<[string, unknown, [string, ImportIssueCode][]]>([
    ['no deal', { user: { email: EMAIL } }, [['deal', 'required']]],
    ['no offer (A.5 minimum)', deal({ deal_cost: 100 }), [['deal.offer_code', 'offer-required']]],
    ['blank offer fields', deal({ offer_code: ' ', product_title: '', deal_cost: 100 }), [['deal.offer_code', 'offer-required']]],
    ['no cost', deal({ offer_code: 'c' }), [['deal.deal_cost', 'required']]],
    ['empty cost', deal({ offer_code: 'c', deal_cost: '' }), [['deal.deal_cost', 'required']]],
    ['negative cost', deal({ offer_code: 'c', deal_cost: -5 }), [['deal.deal_cost', 'cost-negative']]],
    ['negative cost as text', deal({ offer_code: 'c', deal_cost: '-1 500 руб.' }), [['deal.deal_cost', 'cost-negative']]],
    [
      'a deal for nobody',
      { user: { first_name: 'Иван' }, deal: { offer_code: 'c', deal_cost: 1 } },
      [
        ['user.email', 'identity-required'],
        ['user.phone', 'identity-required'],
      ],
    ],
    ['two amounts', deal({ offer_code: 'c', deal_cost: 'от 1 000 до 2 000 руб.' }), [['deal.deal_cost', 'cost-unreadable']]],
    ['words', deal({ offer_code: 'c', deal_cost: 'бесплатно' }), [['deal.deal_cost', 'cost-unreadable']]],
    ['NaN', deal({ offer_code: 'c', deal_cost: Number.NaN }), [['deal.deal_cost', 'cost-unreadable']]],
    ['unknown currency', deal({ offer_code: 'c', deal_cost: 1, deal_currency: 'XYZ' }), [['deal.deal_currency', 'currency-unknown']]],
    [
      'two currencies',
      deal({ offer_code: 'c', deal_cost: '100 USD', deal_currency: 'RUB' }),
      [['deal.deal_currency', 'currency-conflict']],
    ],
    ['unknown status', deal({ offer_code: 'c', deal_cost: 1, deal_status: 'paid' }), [['deal.deal_status', 'status-unknown']]],
    [
      'unknown payment type',
      deal({ offer_code: 'c', deal_cost: 1, payment_type: 'cash app' }),
      [['deal.payment_type', 'payment-type-unknown']],
    ],
    [
      'unknown payment status',
      deal({ offer_code: 'c', deal_cost: 1, payment_status: 'ok' }),
      [['deal.payment_status', 'payment-status-unknown']],
    ],
    ['offer id not a number', deal({ offer_id: 'abc', product_title: 'T', deal_cost: 1 }), [['deal.offer_id', 'number-invalid']]],
    ['quantity zero', deal({ offer_code: 'c', deal_cost: 1, quantity: 0 }), [['deal.quantity', 'number-invalid']]],
    [
      'date without seconds',
      deal({ offer_code: 'c', deal_cost: 1, deal_finished_at: '2026-11-28 10:00' }),
      [['deal.deal_finished_at', 'date-format']],
    ],
    ['paid flag not 0/1', deal({ offer_code: 'c', deal_cost: 1, deal_is_paid: 'да' }), [['deal.deal_is_paid', 'flag-invalid']]],
    ['bad manager email', deal({ offer_code: 'c', deal_cost: 1, manager_email: 'boss' }), [['deal.manager_email', 'email-invalid']]],
    ['typo in a deal key', deal({ offer_code: 'c', deal_cost: 1, deal_price: 1 }), [['deal.deal_price', 'unknown-key']]],
    [
      'everything at once',
      { user: {}, deal: { deal_cost: 'x' } },
      [
        ['user.email', 'identity-required'],
        ['user.phone', 'identity-required'],
        ['deal.deal_cost', 'cost-unreadable'],
        ['deal.offer_code', 'offer-required'],
      ],
    ],
  ])('invalid: %s', (_name, input, expected) => {
    expect(issuesOf(checkDealImport(input))).toEqual(expected);
  });
});

describe('deal cost read by utils/cost.ts parseCost (D.3, A.5)', () => {
  it.each(['1 500 руб.', '1\u00a0500,00 ₽', '$1,500.00', '1.500,00 €', '100 UZS', '12 000,50', '1500', '0,99', '99.5 USD', '5 000 тенге'])(
    '%s: the same amount and currency as parseCost',
    (text) => {
      const parsed = parseCost(text);
      expect(parsed).not.toBeNull();
      expect(readDealCost(text)).toEqual({ ok: true, amount: parsed!.amount, currency: parsed!.currency });
      const result = checkDealImport({ user: { email: EMAIL }, deal: { offer_code: 'c', deal_cost: text } });
      expect(result.ok && result.params.deal.deal_cost).toBe(parsed!.amount);
      expect(result.ok && result.params.deal.deal_currency).toBe(parsed!.currency ?? undefined);
    },
  );

  it('every currency parseCost names is an A.6 deal_currency', () => {
    for (const text of ['1 ₽', '1 $', '1 €', '1 ₸', '1 ₴', '1 br', '1 £', ...DEAL_CURRENCIES.map((c) => `1 ${c}`)]) {
      const currency = parseCost(text)?.currency;
      expect(currency && DEAL_CURRENCIES.includes(currency)).toBe(true);
    }
  });

  it.each([
    ['', 'required'],
    ['abc', 'cost-unreadable'],
    ['-1 500 руб.', 'cost-negative'],
    [-0.01, 'cost-negative'],
    [Infinity, 'cost-unreadable'],
    [null, 'required'],
    [{}, 'cost-unreadable'],
  ])('%s → %s', (value, code) => {
    expect(readDealCost(value)).toEqual({ ok: false, code });
  });
});

describe('issue texts in Russian and English', () => {
  it('every code has a text in both languages, different from each other', () => {
    for (const code of IMPORT_ISSUE_CODES) {
      const ru = importIssueText({ code, max: 5 }, 'ru');
      const en = importIssueText({ code, max: 5 }, 'en');
      expect(ru, code).toMatch(/[а-яё]/i);
      expect(en, code).not.toMatch(/[а-яё]{4}/i);
      expect(ru).not.toBe(en);
    }
  });

  it('shows the texts for the issues of a failed form', () => {
    const result = checkUserImport({ user: { email: 'ivan@' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(importIssueText(result.issues[0]!, 'ru')).toBe('Это не похоже на e-mail: нужен адрес вида name@example.com.');
    expect(importIssueText(result.issues[0]!, 'en')).toBe('This does not look like an e-mail address: it should be like name@example.com.');
  });

  it.each([
    [255, 'ru', 'Слишком длинно: не больше 255 символов.'],
    [1, 'ru', 'Слишком длинно: не больше 1 символа.'],
    [2, 'ru', 'Слишком длинно: не больше 2 символов.'],
    [21, 'ru', 'Слишком длинно: не больше 21 символа.'],
    [2000, 'ru', 'Слишком длинно: не больше 2\u00a0000 символов.'],
    [1, 'en', 'Too long: at most 1 character.'],
    [2000, 'en', 'Too long: at most 2,000 characters.'],
  ] as const)('too-long with %i in %s', (max, lang, text) => {
    expect(importIssueText({ code: 'too-long', max }, lang)).toBe(text);
  });

  it('counts come from the limits that failed', () => {
    const groups = checkUserImport({ user: { email: EMAIL, group_name: Array.from({ length: 51 }, (_, i) => `g${i}`) } });
    expect(!groups.ok && importIssueText(groups.issues[0]!, 'ru')).toBe('Не больше 50 групп за один импорт.');
    expect(!groups.ok && importIssueText(groups.issues[0]!, 'en')).toBe('At most 50 groups per import.');
    const fields = checkUserImport({
      user: { email: EMAIL, addfields: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, ''])) },
    });
    expect(!fields.ok && importIssueText(fields.issues[0]!, 'ru')).toBe('Не больше 100 доп. полей за один импорт.');
    expect(importIssueText({ code: 'too-many-fields', max: 1 }, 'ru')).toBe('Не больше 1 доп. поля за один импорт.');
  });

  it('both languages have the same keys', () => {
    const shape = (o: object): unknown =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'object' ? Object.keys(v).sort() : 'text']));
    expect(Object.keys(IMPORT_TEXTS.en.issues).sort()).toEqual(Object.keys(IMPORT_TEXTS.ru.issues).sort());
    expect(shape(IMPORT_TEXTS.en.risks)).toEqual(shape(IMPORT_TEXTS.ru.risks));
    expect(Object.keys(IMPORT_TEXTS.en.changes).sort()).toEqual(Object.keys(IMPORT_TEXTS.ru.changes).sort());
  });
});

describe('params encoding (fact sheet A.1, 0.2): checked against Node Buffer', () => {
  const padding = (b64: string) => /=*$/.exec(b64)![0];
  const PAYLOADS: [string, unknown][] = [
    ['ASCII', { user: { email: EMAIL } }],
    ['Cyrillic title and value', { user: { email: EMAIL, addfields: { 'Город проживания': 'Москва' } } }],
    ['Ukrainian, Kazakh, ё and й', { user: { email: EMAIL, first_name: 'Їжак Қала ёжик й' } }],
    ['emoji (4 bytes, surrogate pair)', { deal: { deal_comment: '🎓✅ тест 👩‍💻' } }],
    ['gives "+" in base64', '>>>'],
    ['gives "/" in base64', '???'],
    ['remainder 0 (no padding)', 'a'],
    ['remainder 1 ("==")', 'ab'],
    ['remainder 2 ("=")', 'abc'],
    ['2-byte char, remainder 1', 'я'],
    ['2-byte char, remainder 2', 'яa'],
    ['4-byte char, remainder 0', '😀'],
    ['3-byte char', '€'],
    ['empty object', {}],
    ['quotes, backslashes, control chars', { s: '"\\\n\t\u0000\u2028' }],
    ['long Cyrillic', { s: 'я'.repeat(50_000) }],
  ];

  it.each(PAYLOADS)('%s', (_name, payload) => {
    const json = JSON.stringify(payload);
    const encoded = encodeParams(payload);
    expect(encoded).toBe(Buffer.from(json, 'utf8').toString('base64'));
    expect(utf8ToBase64(json)).toBe(encoded);
    expect(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'))).toEqual(payload);
    expect(JSON.parse(base64ToUtf8(encoded))).toEqual(payload); // decode(encode(x)) == x
  });

  it('the table covers "+", "/" and every padding (1–3 byte remainders)', () => {
    const encoded = PAYLOADS.map(([, p]) => encodeParams(p));
    expect(encoded.some((e) => e.includes('+'))).toBe(true);
    expect(encoded.some((e) => e.includes('/'))).toBe(true);
    expect(new Set(encoded.map(padding))).toEqual(new Set(['', '=', '==']));
    expect(new Set(PAYLOADS.map(([, p]) => Buffer.byteLength(JSON.stringify(p)) % 3))).toEqual(new Set([0, 1, 2]));
  });

  it('validated params round-trip through base64 unchanged', () => {
    const result = checkDealImport({
      user: { email: EMAIL, first_name: 'Тест', group_name: [['Покупатели 🎓', '2026-11-28']] },
      deal: { product_title: 'Курс «Старт»', deal_cost: '1 500 руб.' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.parse(base64ToUtf8(encodeParams(result.params)))).toEqual(result.params);
    expect(encodeParams(result.params)).toBe(Buffer.from(JSON.stringify(result.params)).toString('base64'));
  });
});

describe('test identity', () => {
  it('marks the address and stamps it to the minute (UTC)', () => {
    expect(testEmail('example.com', NOW)).toBe('albato-test+202611281530@example.com');
    expect(testEmail(' @MySchool.RU ', NOW)).toBe('albato-test+202611281530@myschool.ru');
    expect(testEmail(undefined, NOW)).toBe(EMAIL);
    expect(testEmail()).toMatch(/^albato-test\+\d{12}@example\.com$/);
  });

  it('is a valid e-mail for the import', () => {
    for (const domain of ['example.com', 'my-school.ru', 'mail.shop.example.org']) {
      expect(checkUserImport({ user: { email: testEmail(domain, NOW) } }).ok).toBe(true);
    }
  });

  it.each(['', 'localhost', 'a b.ru', 'example', '-x.ru', 'x.ru/evil', 'x@y.ru'])('refuses the domain %j', (domain) => {
    expect(() => testEmail(domain, NOW)).toThrow(RangeError);
  });

  it.each([
    [EMAIL, true],
    ['ALBATO-TEST+202611281530@gmail.com', true],
    [' albato-test+202611281530@myschool.ru ', true],
    ['someone@example.com', false], // the sandbox's seeded customers live on example.com
    ['albato-test+2026@example.com', false],
    ['albato-test+202611281530@', false],
    ['ivan@gmail.com', false],
    ['albato-test@gmail.com', false],
    ['ivan@example.com.ru', false],
    ['ivanexample.com', false],
    ['', false],
  ])('isTestEmail(%j) = %s', (email, expected) => {
    expect(isTestEmail(email)).toBe(expected);
  });

  it('the blank forms start with a test identity and pass once the deal is filled', () => {
    expect(checkUserImport(blankUserImport(undefined, NOW))).toEqual({ ok: true, params: { user: { email: EMAIL } } });
    const blank = blankDealImport('example.org', NOW);
    expect(issuesOf(checkDealImport(blank))).toEqual([
      ['deal.deal_cost', 'required'],
      ['deal.offer_code', 'offer-required'],
    ]);
    const filled = checkDealImport({ ...blank, deal: { offer_code: 'c', deal_cost: '100' } });
    expect(filled.ok && filled.params.system).toEqual({ return_deal_number: 1, return_payment_link: 1 });
  });
});

describe('what an import may change', () => {
  const parse = (input: unknown): ImportParams => {
    const result = 'deal' in (input as object) ? checkDealImport(input) : checkUserImport(input);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.params;
  };
  const codes = (input: unknown, emailIsTest?: boolean) =>
    importRisks(parse(input), emailIsTest === undefined ? {} : { emailIsTest }).map((r) => r.code);
  const offer = { offer_code: 'c', deal_cost: 100 };

  it.each([
    ['a test user', { user: { email: EMAIL } }, undefined, []],
    ['a real address', { user: { email: 'ivan@gmail.com' } }, undefined, ['real-email']],
    ['a real address the admin marks as test', { user: { email: 'me@myschool.ru' } }, true, []],
    ['a test address the UI knows is taken', { user: { email: EMAIL } }, false, ['real-email']],
    ['a phone alone is never a test identity (R.4)', { user: { phone: '+79000000000' } }, undefined, ['phone-identity']],
    [
      'a phone alone, even when the UI says the (empty) address is a test one',
      { user: { email: '', phone: '+79000000000' } },
      true,
      ['phone-identity'],
    ],
    ['a test address with a phone: the address identifies', { user: { email: EMAIL, phone: '+79000000000' } }, undefined, []],
    ['a phone-only deal', { user: { phone: '+79000000000' }, deal: offer }, undefined, ['phone-identity']],
    ['refresh_if_exists', { user: { email: EMAIL }, system: { refresh_if_exists: 1 } }, undefined, ['refresh-existing-user']],
    ['refresh_if_exists off', { user: { email: EMAIL }, system: { refresh_if_exists: 0 } }, undefined, []],
    ['a new test deal', { user: { email: EMAIL }, deal: offer }, undefined, []],
    ['a deal number', { user: { email: EMAIL }, deal: { ...offer, deal_number: '101' } }, undefined, ['existing-order-number']],
    [
      'multiple_offers with a number',
      { user: { email: EMAIL }, deal: { ...offer, deal_number: 101 }, system: { multiple_offers: 1 } },
      undefined,
      ['existing-order-number', 'append-to-order'],
    ],
    [
      'multiple_offers without a number changes nothing existing',
      { user: { email: EMAIL }, deal: offer, system: { multiple_offers: 1 } },
      undefined,
      [],
    ],
    ['paid', { user: { email: EMAIL }, deal: { ...offer, deal_is_paid: 1 } }, undefined, ['payment-recorded']],
    ['status payed', { user: { email: EMAIL }, deal: { ...offer, deal_status: 'payed' } }, undefined, ['payment-recorded']],
    [
      'everything',
      {
        user: { email: 'ivan@gmail.com' },
        deal: { ...offer, deal_number: 7, deal_status: 'payed' },
        system: { refresh_if_exists: true, multiple_offers: true },
      },
      undefined,
      ['real-email', 'refresh-existing-user', 'existing-order-number', 'append-to-order', 'payment-recorded'],
    ],
  ])('%s', (_name, input, emailIsTest, expected) => {
    expect(codes(input, emailIsTest)).toEqual(expected);
  });

  it('says what may change: groups for a user, a new order too for a deal', () => {
    expect(importRisks(parse({ user: { email: 'ivan@gmail.com' } }))[0]).toEqual({
      code: 'real-email',
      changes: ['user-groups'],
      source: 'A.1, A.2, A.5',
    });
    expect(importRisks(parse({ user: { email: 'ivan@gmail.com' }, deal: offer }))[0]?.changes).toEqual(['new-order', 'user-groups']);
    expect(importRisks(parse({ user: { phone: '+79000000000' } }))[0]).toEqual({
      code: 'phone-identity',
      changes: ['user-groups'],
      source: 'R.4, A.2, A.5',
    });
    expect(importRisks(parse({ user: { phone: '+79000000000' }, deal: offer }))[0]?.changes).toEqual(['new-order', 'user-groups']);
  });

  it('every risk has its texts in both languages', () => {
    for (const code of IMPORT_RISK_CODES) {
      for (const lang of ['ru', 'en'] as const) {
        const text = importRiskText({ code, changes: ['user-data', 'payment'], source: '' }, lang);
        expect(text.title.length).toBeGreaterThan(10);
        expect(text.detail.length).toBeGreaterThan(20);
        expect(text.changes).toHaveLength(2);
      }
    }
    expect(importRiskText(importRisks(parse({ user: { email: EMAIL }, system: { refresh_if_exists: 1 } }))[0]!, 'ru')).toEqual({
      title: 'Данные существующего пользователя будут перезаписаны',
      detail: expect.stringContaining('refresh_if_exists'),
      changes: ['имя, телефон, город, страна и доп. поля пользователя'],
    });
  });

  it('confirmation covers every risk or it does not count', () => {
    const risks = importRisks(parse({ user: { email: 'ivan@gmail.com' }, system: { refresh_if_exists: 1 } }));
    expect(risksConfirmed(risks, ['real-email'])).toBe(false);
    expect(risksConfirmed(risks, ['real-email', 'refresh-existing-user'])).toBe(true);
    expect(risksConfirmed([], undefined)).toBe(true);
  });
});
