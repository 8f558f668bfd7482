/** The copyable report of a check: every step with its outcome, the diagnosis, field renames, no key. */
import { checkReportText, fieldReadiness, stepNoteText } from '@/components/shared/check-report';
import type { CheckReport } from '@/utils/connection-check';

const KEY = 'jkkQBAGhqc1Qz5GesfxOf0aEBKLs3wnAt3OB5QjKSG3woBdjIF3vt0SKjCUeWKep9X80PM6OT30fZYEE';
const REPORT: CheckReport = {
  schoolId: 'a1',
  origin: 'https://school.getcourse.ru',
  at: Date.UTC(2026, 10, 29, 9, 30),
  keyMask: 'jkkQ…ZYEE',
  keyAcceptedBefore: true,
  steps: [
    { id: 'address', status: 'pass', ms: 50, note: { kind: 'api-answers' } },
    { id: 'key', status: 'fail', ms: 7, problem: { code: 'wrong-key', raw: '901: Неавторизованное API-обращение' } },
    { id: 'write', status: 'skipped', note: { kind: 'after-failure', step: 'key' } },
    { id: 'plan', status: 'skipped', note: { kind: 'after-failure', step: 'key' } },
    { id: 'rights', status: 'fail', ms: 18, problem: { code: 'no-rights', status: 403 } },
    { id: 'limits', status: 'pass', note: { kind: 'budget', used: 3, limit: 100 } },
  ],
  fields: [
    { title: 'Город проживания', context: 'user' },
    { title: 'telegram_id', context: 'user' },
    { title: 'Город проживания', context: 'deal' },
  ],
};

describe('check report', () => {
  it('lists each step with its outcome, the catalogue entry of each failure and its source, in Russian', () => {
    const text = checkReportText(REPORT, 'ru', '0.1.0');
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Проверка подключения GetCourse → Albato (v0.1.0)',
      'Школа: https://school.getcourse.ru',
      'Время: 2026-11-29T09:30:00.000Z',
      'Ключ: jkkQ…ZYEE',
      '',
    ]);
    expect(text).toContain('✓ Адрес отвечает по HTTPS, это школа GetCourse — пройдено (50 мс)');
    expect(text).toContain('✗ Ключ принят и может читать — ошибка (7 мс)');
    expect(text).toContain('«901: Неавторизованное API-обращение»');
    expect(text).toContain('[deleted-key; '); // accepted before, refused now
    expect(text).toContain('– Ключ может записывать — пропущено');
    expect(text).toContain('Пропущено: сначала исправьте шаг «Ключ принят и может читать».');
    expect(text).toContain('[missing-rights; E.1, 0.10]');
    expect(text).toContain('Расширение потратило 3 из 100 запросов за 2 часа.');
    expect(text).toContain('2 доп. поля из 3 Albato не видит.');
    expect(text).toContain('  Город проживания → gorod_prozhivaniia');
    expect(text).not.toContain(KEY);
  });

  it('speaks English too', () => {
    const text = checkReportText(REPORT, 'en');
    expect(text).toContain('✗ The key is accepted and can read — failed (7 ms)');
    expect(text).toContain('Albato cannot see 2 custom fields of 3.');
  });

  it('field readiness: users and orders are planned separately (the same title may live in both)', () => {
    const { user, deal } = fieldReadiness(REPORT.fields!);
    expect(user.map((v) => [v.name, v.suggestion])).toEqual([
      ['Город проживания', 'gorod_prozhivaniia'],
      ['telegram_id', 'telegram_id'],
    ]);
    expect(deal.map((v) => v.suffixed)).toEqual([false]);
  });

  it('untitled fields (consent checkboxes, R.4) are counted apart, with one line, not as invisible', () => {
    const fields = [...REPORT.fields!, { title: '', context: 'user' as const }, { title: '', context: 'user' as const }];
    const text = checkReportText({ ...REPORT, fields }, 'ru');
    expect(text).toContain('2 доп. поля из 3 Albato не видит.');
    expect(text).toContain('2 поля без названия (например, флажки согласия): Albato не сможет их сопоставить.');
    expect(text).not.toContain(' → \n');
  });

  it('every note kind has words in both languages', () => {
    const notes = [
      { kind: 'api-answers' },
      { kind: 'fields', user: 1, deal: 2 },
      { kind: 'write-inferred' },
      { kind: 'plan-open' },
      { kind: 'rights-ok' },
      { kind: 'budget', used: 1, limit: 100 },
      { kind: 'budget-low', used: 95, limit: 100 },
      { kind: 'after-failure', step: 'address' },
      { kind: 'no-session-access' },
    ] as const;
    for (const lang of ['ru', 'en'] as const) for (const note of notes) expect(stepNoteText(note, lang)).toMatch(/\S{3}/);
  });
});
