import { base64ToUtf8, encodeParams, importRequestBody, utf8ToBase64 } from '@/utils/getcourse-encoding';

const PAYLOADS: unknown[] = [
  { user: { email: 'test@example.com' } },
  { user: { email: 'ivan@example.ru', first_name: 'Иван', addfields: { 'Город проживания': 'Санкт-Петербург', Объём: 'ёжик ъ ь й' } } },
  { deal: { offer_code: 'курс-2024', deal_cost: '1 500 руб.' } },
  { note: 'Їжак Қала Беларусь ў', emoji: '🎓✅', rtl: '\u202Eabc', zero: '\u200B' },
  { long: 'я'.repeat(70_000) },
  {},
];

describe('GetCourse params encoding (fact sheet A.1: base64 of UTF-8 JSON)', () => {
  it.each(PAYLOADS.map((p, i) => [i, p]))('payload %i matches Node Buffer base64 and round-trips', (_i, payload) => {
    const json = JSON.stringify(payload);
    expect(encodeParams(payload)).toBe(Buffer.from(json, 'utf8').toString('base64'));
    expect(base64ToUtf8(encodeParams(payload))).toBe(json);
  });

  it('throws on bytes that are not UTF-8 instead of inventing text', () => {
    expect(() => base64ToUtf8(Buffer.from([0xff, 0xfe, 0x41]).toString('base64'))).toThrow();
  });

  it('percent-encodes + / = of base64 in the form body (fact sheet 0.2)', () => {
    const params = { s: '>>>???' }; // base64 with '+' and '/'
    const encoded = utf8ToBase64(JSON.stringify(params));
    expect(encoded).toMatch(/[+/=]/);
    const body = importRequestBody('add', 'k3y', params).toString();
    expect(body).not.toMatch(/params=[^&]*[+/=][^&]*$/);
    expect(new URLSearchParams(body).get('params')).toBe(encoded);
    expect(new URLSearchParams(body).get('action')).toBe('add');
  });
});
