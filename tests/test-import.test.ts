// @vitest-environment node
/**
 * Test imports sent by the background to the sandbox over real HTTPS: what GetCourse writes, what
 * the admin is told, and that an import is sent once — never retried, never without its risks
 * confirmed, never to plain HTTP.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sendTestImport, type TestImportOutcome, type TestImportRequest } from '@/entrypoints/background/test-import';
import { pickDiagnosis } from '@/utils/diagnosis-rules';
import { checkUserImport, testEmail, type ImportRiskCode } from '@/utils/import-params';
import { importCurlWithKey } from '@/utils/import-preview';
import { useSandbox } from './sandbox/sandbox-helpers';
import { R4_DEAL_ADDED } from './fixtures/getcourse-answers/r4-deal-added';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the sandbox's throwaway certificate, this process only

const sandbox = useSandbox();
const origin = () => `https://127.0.0.1:${sandbox.httpsPort}`;
const EMAIL = testEmail('example.com', Date.UTC(2026, 10, 28, 15, 30));
const SEEDED = 'ivan.petrov@example.com'; // user 70001, owner of deals 101 and 103

function send(
  endpoint: 'users' | 'deals',
  params: unknown,
  extra: Partial<TestImportRequest> = {},
  timeoutMs?: number,
): Promise<TestImportOutcome> {
  return sendTestImport({ origin: origin(), key: sandbox.keys.readWrite, endpoint, params, ...extra }, timeoutMs ? { timeoutMs } : {});
}

function ok(outcome: TestImportOutcome) {
  if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.problem)}`);
  return outcome;
}

function failed(outcome: TestImportOutcome) {
  if (outcome.ok) throw new Error(`import passed: ${outcome.raw}`);
  return { ...outcome.problem, entry: pickDiagnosis(outcome.problem), ms: outcome.ms };
}

const usersCalls = () => sandbox.apiCalls().filter((c) => c.path.startsWith('/pl/api/'));

describe('user import', () => {
  it('adds a user, then the same e-mail again appends groups', async () => {
    const first = ok(
      await send('users', {
        user: { email: EMAIL, first_name: 'Тест', group_name: ['Albato-тест'], addfields: { 'Город проживания': 'Москва' } },
      }),
    );
    expect(first.result).toEqual({ userId: expect.any(Number), userStatus: 'added', dealId: null, dealNumber: null, paymentLink: null });
    expect(first.ms).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(first.raw)).toMatchObject({ success: true, action: 'add', result: { success: true, user_status: 'added' } });

    const second = ok(
      await send('users', {
        user: { email: EMAIL.toUpperCase(), first_name: 'Другое', group_name: [['Вторая группа', '2026-11-28 10:00']] },
      }),
    );
    // A.1/A.2: upsert by e-mail; sandbox A5: an imported user then reports `in_base`
    expect(second.result).toMatchObject({ userId: first.result.userId, userStatus: 'in_base' });

    const user = sandbox.school('school').users.find((u) => u.id === first.result.userId)!;
    expect(user.email).toBe(EMAIL);
    expect(user.groups.map((g) => g.name)).toEqual(['Albato-тест', 'Вторая группа']);
    expect(user.addfields).toEqual({ 'Город проживания': 'Москва' });
    expect(user.firstName).toBe('Тест'); // no refresh_if_exists: the name stays (A.3)
    expect(usersCalls()).toHaveLength(2);
  });

  it('refresh_if_exists on a real customer is sent only once confirmed, then overwrites the name', async () => {
    const params = { user: { email: SEEDED, first_name: 'Тест' }, system: { refresh_if_exists: true } };
    expect(failed(await send('users', params))).toMatchObject({
      code: 'not-confirmed',
      raw: 'real-email, refresh-existing-user',
      entry: 'not-confirmed',
      ms: 0,
    });
    expect(failed(await send('users', params, { confirmedRisks: ['real-email'] }))).toMatchObject({
      code: 'not-confirmed',
      raw: 'refresh-existing-user',
    });
    expect(usersCalls()).toHaveLength(0);

    const sent = ok(await send('users', params, { confirmedRisks: ['real-email', 'refresh-existing-user'] }));
    expect(sent.result).toMatchObject({ userId: 70001, userStatus: 'active' });
    expect(sandbox.school('school').users.find((u) => u.id === 70001)!.firstName).toBe('Тест');
  });

  it('a phone alone (R.4) is sent only once its risk is confirmed, and finds the same user the second time', async () => {
    const params = { user: { phone: '+7 913 000-00-01', group_name: ['Albato-тест'] } };
    expect(failed(await send('users', params))).toMatchObject({ code: 'not-confirmed', raw: 'phone-identity', entry: 'not-confirmed' });
    expect(failed(await send('users', params, { confirmedRisks: ['real-email'] }))).toMatchObject({
      code: 'not-confirmed',
      raw: 'phone-identity',
    });
    expect(usersCalls()).toHaveLength(0);

    const first = ok(await send('users', params, { confirmedRisks: ['phone-identity'] }));
    expect(first.result).toMatchObject({ userId: expect.any(Number), userStatus: 'added' });
    const second = ok(
      await send('users', { user: { phone: '79130000001', group_name: ['Вторая'] } }, { confirmedRisks: ['phone-identity'] }),
    );
    expect(second.result).toMatchObject({ userId: first.result.userId, userStatus: 'in_base' });
    const user = sandbox.school('school').users.find((u) => u.id === first.result.userId)!;
    expect(user).toMatchObject({ email: '', phone: '+7 913 000-00-01' });
    expect(user.groups.map((g) => g.name)).toEqual(['Albato-тест', 'Вторая']);
  });

  it('the "copy with key" curl sends the same import from a shell', async () => {
    const params = checkUserImport({ user: { email: EMAIL, first_name: "O'Brien $(id) `id`", group_name: ['curl'] } });
    if (!params.ok) throw new Error('invalid');
    const curl = importCurlWithKey({ origin: origin(), endpoint: 'users', params: params.params }, sandbox.keys.readWrite);
    // async: the sandbox runs in this process and must answer while curl waits
    const { stdout } = await promisify(execFile)('bash', ['-c', `${curl} -s -k --max-time 10`], { encoding: 'utf8' });
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ success: true, result: { success: true, user_status: 'added' } });
    const user = sandbox.school('school').users.find((u) => u.email === EMAIL)!;
    expect(user.firstName).toBe("O'Brien $(id) `id`");
    expect(user.groups.map((g) => g.name)).toEqual(['curl']);
  });
});

describe('deal import', () => {
  const system = { return_deal_number: true, return_payment_link: true };

  it('creates the user with the deal, cost typed as text', async () => {
    const sent = ok(
      await send('deals', { user: { email: EMAIL }, deal: { offer_code: 'marketing-basic', deal_cost: '1 500 руб.' }, system }),
    );
    expect(sent.result).toEqual({
      userId: expect.any(Number),
      userStatus: 'added',
      dealId: expect.any(Number),
      dealNumber: expect.stringMatching(/^\d+$/),
      paymentLink: expect.stringMatching(/^https:\/\/school\.getcourse\.ru\/sales\/shop\/dealPay\/id\/\d+\/hash\/[0-9a-f]{32}$/),
    });
    const school = sandbox.school('school');
    const deal = school.deals.find((d) => d.id === sent.result.dealId)!;
    expect(deal).toMatchObject({
      number: Number(sent.result.dealNumber),
      userId: sent.result.userId,
      cost: 1500,
      currency: 'RUB',
      status: 'new',
      paid: false,
    });
    expect(deal.positions).toEqual([expect.objectContaining({ offerId: 1001, quantity: 1 })]);
    expect(school.users.find((u) => u.id === sent.result.userId)!.email).toBe(EMAIL);
  });

  it('without return_deal_number the number and link come back empty (A.7)', async () => {
    const sent = ok(await send('deals', { user: { email: EMAIL }, deal: { offer_id: 1004, deal_cost: 5000 } }));
    expect(sent.result).toMatchObject({ dealId: expect.any(Number), dealNumber: null, paymentLink: null });
  });

  it('cost 0 is a deal (R.4); GetCourse’s empty deal_number and payment_link read as none', async () => {
    const sent = ok(
      await send(
        'deals',
        {
          user: { email: EMAIL },
          deal: { offer_code: 'consult60', product_title: 'Консультация 60 минут', deal_cost: '0' },
          system: { refresh_if_exists: 1 },
        },
        { confirmedRisks: ['refresh-existing-user'] },
      ),
    );
    expect(sent.result).toEqual({
      userId: expect.any(Number),
      userStatus: 'added',
      dealId: expect.any(Number),
      dealNumber: null,
      paymentLink: null,
    });
    expect(JSON.parse(sent.raw)).toMatchObject({ result: { deal_number: '', payment_link: '' } });
    expect(sandbox.school('school').deals.find((d) => d.id === sent.result.dealId)).toMatchObject({ cost: 0 });
  });

  it('R.4’s recorded deal answer, word for word, reads as a success with no number and no link', async () => {
    sandbox.setApiResponse({ contentType: 'application/json; charset=utf-8', body: JSON.stringify(R4_DEAL_ADDED) });
    const sent = ok(await send('deals', { user: { email: EMAIL }, deal: { offer_code: 'consult60', deal_cost: 0 }, system }));
    const { user_id, deal_id } = R4_DEAL_ADDED.result;
    expect(sent.result).toEqual({ userId: user_id, userStatus: 'added', dealId: deal_id, dealNumber: null, paymentLink: null });
  });

  it('refresh_if_exists on an existing user, confirmed', async () => {
    const params = {
      user: { email: SEEDED, phone: '+70000000000' },
      deal: { offer_code: 'consult60', deal_cost: 5000 },
      system: { refresh_if_exists: 1 },
    };
    expect(failed(await send('deals', params))).toMatchObject({ code: 'not-confirmed', raw: 'real-email, refresh-existing-user' });
    const sent = ok(await send('deals', params, { confirmedRisks: ['real-email', 'refresh-existing-user'] }));
    expect(sent.result).toMatchObject({ userId: 70001, userStatus: 'active' });
    expect(sandbox.school('school').users.find((u) => u.id === 70001)!.phone).toBe('+70000000000');
  });

  it('multiple_offers adds a position to an existing order number, confirmed', async () => {
    const params = {
      user: { email: SEEDED },
      deal: { deal_number: 101, offer_code: 'consult60', deal_cost: 5000 },
      system: { multiple_offers: 1, return_deal_number: 1 },
    };
    const risks: ImportRiskCode[] = ['real-email', 'existing-order-number', 'append-to-order'];
    expect(failed(await send('deals', params, { confirmedRisks: risks.slice(0, 2) }))).toMatchObject({
      code: 'not-confirmed',
      raw: 'append-to-order',
    });
    const before = structuredClone(sandbox.school('school').deals.find((d) => d.number === 101)!); // school() is live state
    const sent = ok(await send('deals', params, { confirmedRisks: risks }));
    expect(sent.result).toMatchObject({ dealId: before.id, dealNumber: '101', userId: 70001 });
    const after = sandbox.school('school').deals.find((d) => d.number === 101)!;
    expect(after.positions.map((p) => p.offerId)).toEqual([...before.positions.map((p) => p.offerId), 1004]);
    expect(sandbox.school('school').deals).toHaveLength(3);
  });

  it('a wrong offer code: the refusal inside a success envelope, nothing written (A.7, sandbox A8)', async () => {
    const problem = failed(await send('deals', { user: { email: EMAIL }, deal: { offer_code: 'no-such-offer', deal_cost: 100 } }));
    expect(problem).toMatchObject({ code: 'refused', raw: 'Предложение не найдено', entry: 'error-envelope' });
    expect(sandbox.school('school').users.some((u) => u.email === EMAIL)).toBe(false);
  });
});

describe('refusals and failures, each sent once', () => {
  const user = { user: { email: EMAIL } };

  it.each([
    ['read-only key', () => sandbox.keys.readOnly, { code: 'read-only-key', raw: 'Действие запрещено', entry: 'read-only-key' }],
    ['wrong key', () => sandbox.keys.wrong, { code: 'wrong-key', raw: 'Неавторизованное API-обращение', entry: 'wrong-key' }],
    [
      'trial school (plan without import: 200, empty body)',
      () => sandbox.keys.trialSchool,
      { code: 'not-json', status: 200, raw: '', entry: 'plan-empty-answer' },
    ],
  ])('%s', async (_name, key, expected) => {
    expect(failed(await send('users', user, { key: key() }))).toMatchObject(expected);
    expect(usersCalls()).toHaveLength(1);
    expect(sandbox.school('school').users.some((u) => u.email === EMAIL)).toBe(false);
  });

  it('a timeout is reported, not retried — and the import may still have been written', async () => {
    sandbox.setApiResponse({ delayMs: 1500 });
    const problem = failed(await send('users', user, {}, 200));
    expect(problem).toMatchObject({ code: 'timeout', entry: 'timeout' });
    expect(problem.ms).toBeGreaterThanOrEqual(150);
    expect(problem.ms).toBeLessThan(1400);
    expect(usersCalls()).toHaveLength(1);
    // the sandbox does the work at once and answers late, as a slow GetCourse could: why a retry would be wrong
    expect(sandbox.school('school').users.some((u) => u.email === EMAIL)).toBe(true);
  });

  it.each([
    [502, 'http-5xx'],
    [429, 'http-429'],
  ])('HTTP %i is reported once', async (status, entry) => {
    sandbox.setApiResponse({ status, body: 'Bad Gateway' });
    expect(failed(await send('users', user))).toMatchObject({ code: 'http', status, entry });
    expect(usersCalls()).toHaveLength(1);
  });

  it('one import per school at a time', async () => {
    sandbox.setApiResponse({ delayMs: 300 });
    const [first, second] = await Promise.all([
      send('users', user),
      send('users', { user: { email: 'albato-test+202611281531@example.com' } }),
    ]);
    expect(first.ok).toBe(true);
    expect(failed(second)).toMatchObject({ code: 'busy', entry: 'busy' });
    expect(usersCalls()).toHaveLength(1);
    expect((await send('users', user)).ok).toBe(true); // free again afterwards
  });

  it('the caller can cancel', async () => {
    sandbox.setApiResponse({ delayMs: 1000 });
    const controller = new AbortController();
    const pending = sendTestImport(
      { origin: origin(), key: sandbox.keys.readWrite, endpoint: 'users', params: user },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    expect(failed(await pending)).toMatchObject({ code: 'unknown', raw: 'cancelled' });
  });
});

describe('refused before sending', () => {
  it.each([
    ['plain HTTP (A.1: HTTPS only; the key is in the body)', { origin: 'http://127.0.0.1:1' }, 'insecure-target'],
    ['an origin with credentials', { origin: 'https://user:pw@school.getcourse.ru' }, 'insecure-target'],
    ['not a URL', { origin: 'school.getcourse.ru' }, 'insecure-target'],
    [
      'params with neither e-mail nor phone (R.4; Albato’s "undefined index")',
      { params: { user: { first_name: 'Тест' } } },
      'invalid-params',
    ],
    [
      'a deal without an offer',
      { endpoint: 'deals' as const, params: { user: { email: EMAIL }, deal: { deal_cost: 1 } } },
      'invalid-params',
    ],
  ])('%s', async (_name, extra, code) => {
    const problem = failed(await send('users', { user: { email: EMAIL } }, extra));
    expect(problem.code).toBe(code);
    expect(problem.raw).toBeDefined();
    expect(usersCalls()).toHaveLength(0);
  });

  it('names the invalid fields', async () => {
    expect(failed(await send('deals', { user: {}, deal: { deal_cost: -1 } }))).toMatchObject({
      code: 'invalid-params',
      raw: 'user.email identity-required, user.phone identity-required, deal.deal_cost cost-negative, deal.offer_code offer-required',
    });
  });
});
