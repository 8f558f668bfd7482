import { blankImportForm, importFormOf, importInputOf, readFieldLines, type ImportForm } from '@/components/shared/import-form';
import { checkImport } from '@/utils/import-params';

const EMAIL = 'albato-test+202611291000@example.com';

const filled: ImportForm = {
  email: EMAIL,
  firstName: 'Тест',
  phone: '+7 900 000-00-00',
  groups: 'Albato-тест, Вторая группа',
  fields: 'Город проживания = Москва\nutm = a=b',
  offerCode: 'marketing-basic',
  cost: '1 500 руб.',
  status: 'new',
  paid: true,
  dealNumber: '101',
  refresh: true,
  multiple: true,
};

describe('form → params', () => {
  it('a user import carries only the user and refresh_if_exists', () => {
    expect(importInputOf('users', filled)).toEqual({
      user: {
        email: EMAIL,
        first_name: 'Тест',
        phone: '+7 900 000-00-00',
        group_name: ['Albato-тест', 'Вторая группа'],
        addfields: { 'Город проживания': 'Москва', utm: 'a=b' },
      },
      system: { refresh_if_exists: true },
    });
  });

  it('a deal import asks for the number and payment link back, and passes the schema', () => {
    const input = importInputOf('deals', filled);
    expect(input).toMatchObject({
      system: { return_deal_number: true, return_payment_link: true, multiple_offers: true },
      deal: { deal_cost: '1 500 руб.', deal_is_paid: true },
    });
    const checked = checkImport('deals', input);
    expect(checked.ok && checked.params).toMatchObject({
      deal: { deal_cost: 1500, deal_currency: 'RUB', deal_is_paid: 1, deal_number: '101' },
      system: { multiple_offers: 1 },
    });
  });

  it('a blank form leaves out groups and fields, and fails only where the admin must type', () => {
    expect(importInputOf('users', blankImportForm(EMAIL))).toEqual({
      user: { email: EMAIL, first_name: '', phone: '' },
      system: { refresh_if_exists: false },
    });
    const checked = checkImport('deals', importInputOf('deals', blankImportForm(EMAIL)));
    expect(checked.ok ? [] : checked.issues.map((i) => i.field)).toEqual(['deal.deal_cost', 'deal.offer_code']);
  });

  it('a phone alone makes a valid user or deal (R.4); neither e-mail nor phone is said under both inputs', () => {
    const phoneOnly = { ...blankImportForm(''), phone: '+7 900 000-00-00', offerCode: 'c', cost: '0' };
    expect(checkImport('users', importInputOf('users', phoneOnly))).toEqual({
      ok: true,
      params: { user: { phone: '+7 900 000-00-00' }, system: { refresh_if_exists: 0 } },
    });
    const deal = checkImport('deals', importInputOf('deals', phoneOnly));
    expect(deal.ok && deal.params).toMatchObject({ user: { phone: '+7 900 000-00-00' }, deal: { offer_code: 'c', deal_cost: 0 } });
    const nobody = checkImport('users', importInputOf('users', blankImportForm('')));
    expect(nobody.ok ? [] : nobody.issues.map((i) => `${i.field} ${i.code}`)).toEqual([
      'user.email identity-required',
      'user.phone identity-required',
    ]);
  });

  it.each([
    ['', undefined],
    ['no equals sign', undefined],
    [' = value without a title', undefined],
    ['A = 1\n\nB=2', { A: '1', B: '2' }],
  ])('field lines %j', (text, fields) => {
    expect(readFieldLines(text)).toEqual(fields);
  });
});

describe('params → form (resend from the history)', () => {
  it.each(['users', 'deals'] as const)('a %s form survives the round trip', (endpoint) => {
    const form =
      endpoint === 'users' ? { ...filled, offerCode: '', cost: '', status: '', paid: false, dealNumber: '', multiple: false } : filled;
    expect(importFormOf(importInputOf(endpoint, form))).toEqual(form);
  });

  it('reads what older or other senders stored: 0/1 flags, numbers, dated groups', () => {
    const form = importFormOf({
      user: { email: EMAIL, group_name: [['Курс', '2026-12-01'], 'VIP'], addfields: { Возраст: 30 } },
      deal: { offer_code: 'x', deal_cost: 1500, deal_is_paid: 1, deal_number: 7 },
      system: { refresh_if_exists: '1', multiple_offers: 0 },
    });
    expect(form).toMatchObject({
      groups: 'Курс, VIP',
      fields: 'Возраст = 30',
      cost: '1500',
      paid: true,
      dealNumber: '7',
      refresh: true,
      multiple: false,
    });
  });

  it.each([
    null,
    'text',
    42,
    [],
    { user: 'x', deal: [1], system: null },
    { user: { email: { toString: 1 }, group_name: 'not a list', addfields: [] } },
  ])('anything else gives an empty form, never an exception (%j)', (stored) => {
    expect(importFormOf(stored)).toEqual(blankImportForm(''));
  });

  it('a group name with a comma or a field with a newline cannot split into two', () => {
    const form = importFormOf({ user: { email: EMAIL, group_name: ['a,b'], addfields: { 'x\ny': 'v\nw' } } });
    expect(form.groups).toBe('a b');
    expect(readFieldLines(form.fields)).toEqual({ 'x y': 'v w' });
  });
});
