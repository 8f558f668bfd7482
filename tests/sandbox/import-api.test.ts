// @vitest-environment node
import { startSandbox } from '../../sandbox/index.js';
import { encodeParams, formBody, importCall, postForm, rawRequest, type ImportEnvelope, useSandbox } from './sandbox-helpers';
import { R4_DEAL_ADDED } from '../fixtures/getcourse-answers/r4-deal-added';

const sandbox = useSandbox();

const usersUrl = () => `${sandbox.httpUrl}/pl/api/users`;

describe('import API: refusals before the action (ref A.7, A.8)', () => {
  it('answers HTTP 200 with a top-level error for a wrong key (ref A.7, A.8)', async () => {
    const answer = await importCall(sandbox, 'users', { user: { email: 'a@example.com' } }, { key: sandbox.keys.wrong });
    expect(answer).toEqual({ success: false, error: 'Неавторизованное API-обращение' });
    expect(sandbox.school().users.some((u) => u.email === 'a@example.com')).toBe(false);
    expect(sandbox.apiCalls().at(-1)).toMatchObject({
      school: 'school',
      path: '/pl/api/users',
      action: 'add',
      keyKind: 'wrong',
      status: 200,
    });
  });

  it('treats a missing key as unauthorised (ref A.8)', async () => {
    const response = await postForm(usersUrl(), { action: 'add', params: encodeParams({ user: { email: 'a@example.com' } }) });
    expect(await response.json()).toEqual({ success: false, error: 'Неавторизованное API-обращение' });
    expect(sandbox.apiCalls().at(-1)?.keyKind).toBe('missing');
  });

  it('refuses the key of another school on a school host (ref A.8 "key of another account")', async () => {
    const { headers, body } = formBody({
      action: 'add',
      key: sandbox.keys.trialSchool,
      params: encodeParams({ user: { email: 'a@example.com' } }),
    });
    const answer = await rawRequest(usersUrl(), { method: 'POST', host: 'school.getcourse.ru', headers, body });
    expect(JSON.parse(answer.body)).toEqual({ success: false, error: 'Неавторизованное API-обращение' });
  });

  it('answers `Access denied` for a wrong key on a getcourse.io host (ref A.8)', async () => {
    const { headers, body } = formBody({
      action: 'add',
      key: sandbox.keys.wrong,
      params: encodeParams({ user: { email: 'a@example.com' } }),
    });
    const answer = await rawRequest(usersUrl(), { method: 'POST', host: 'school.getcourse.io', headers, body });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ success: false, error: 'Access denied' });
  });

  it('answers `Действие запрещено` to a read-only key and writes nothing (ref 0.5, A.8, B.3)', async () => {
    const answer = await importCall(sandbox, 'users', { user: { email: 'ro@example.com' } }, { key: sandbox.keys.readOnly });
    expect(answer).toEqual({ success: false, error: 'Действие запрещено' });
    expect(sandbox.school().users.some((u) => u.email === 'ro@example.com')).toBe(false);
    expect(sandbox.apiCalls().at(-1)?.keyKind).toBe('readOnly');
  });

  it('answers `Действие запрещено` to an unknown action even with a read-write key (ref 0.5, A.8)', async () => {
    const answer = await importCall(sandbox, 'users', { user: { email: 'x@example.com' } }, { action: 'delete' });
    expect(answer).toEqual({ success: false, error: 'Действие запрещено' });
  });

  it('answers a trial school with HTTP 200, an empty text/html body, and writes nothing (ref 0.6, A.8)', async () => {
    const before = sandbox.school('trial').users.length;
    const response = await postForm(usersUrl(), {
      action: 'add',
      key: sandbox.keys.trialSchool,
      params: encodeParams({ user: { email: 't@example.com' } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toBe('');
    expect(sandbox.school('trial').users.length).toBe(before);
    expect(sandbox.apiCalls().at(-1)).toMatchObject({ school: 'trial', keyKind: 'readWrite' });
  });

  it('answers a GET with `Пустой параметр action` (ref 0.7, A.8)', async () => {
    const response = await fetch(`${usersUrl()}?key=${sandbox.keys.readWrite}&action=add`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: false, error: 'Пустой параметр action' });
  });

  it('answers a POST without action with `Пустой параметр action` (ref A.8)', async () => {
    const response = await postForm(usersUrl(), {
      key: sandbox.keys.readWrite,
      params: encodeParams({ user: { email: 'a@example.com' } }),
    });
    expect(await response.json()).toEqual({ success: false, error: 'Пустой параметр action' });
  });

  it.each([
    ['missing', undefined],
    ['not base64', '%%% not base64 %%%'],
    ['base64 of invalid UTF-8', Buffer.from([0xff, 0xfe, 0x7b]).toString('base64')],
    ['base64 of non-JSON', Buffer.from('user=email').toString('base64')],
    ['base64 of a JSON array', encodeParams([1, 2])],
  ])('answers `Не указаны параметры` when params are %s (ref A.8)', async (_label, params) => {
    const fields: Record<string, string> = { action: 'add', key: sandbox.keys.readWrite };
    if (params !== undefined) fields.params = params;
    const response = await postForm(usersUrl(), fields);
    expect(await response.json()).toEqual({ success: false, error: 'Не указаны параметры' });
  });

  it('answers plain HTTP with `Доступ возможен только по https` when https is enforced (ref A.1, A.8)', async () => {
    const strict = await startSandbox({ enforceHttps: true });
    try {
      const response = await postForm(`${strict.httpUrl}/pl/api/users`, {
        action: 'add',
        key: strict.keys.readWrite,
        params: encodeParams({ user: { email: 'h@example.com' } }),
      });
      expect(await response.json()).toEqual({ success: false, error: 'Доступ возможен только по https' });
      expect(strict.school().users.some((u) => u.email === 'h@example.com')).toBe(false);
    } finally {
      await strict.close();
    }
  });

  it('answers an unknown getcourse.ru subdomain with HTTP 404 `Wrong subdomain` (ref 0.4, A.8)', async () => {
    const { headers, body } = formBody({
      action: 'add',
      key: sandbox.keys.readWrite,
      params: encodeParams({ user: { email: 'a@example.com' } }),
    });
    const answer = await rawRequest(usersUrl(), { method: 'POST', host: 'nosuchschool.getcourse.ru:443', headers, body });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toContain('text/plain');
    expect(answer.body).toBe('Wrong subdomain');
    const page = await rawRequest(`${sandbox.httpUrl}/pl/sales/offer/index`, { host: 'other.getcourse.io' });
    expect(page.status).toBe(404);
    expect(page.body).toBe('Wrong subdomain');
  });

  it('routes by the Host header to the school whose host it is (ref A.1, C.1)', async () => {
    const { headers, body } = formBody({
      action: 'add',
      key: sandbox.keys.readWrite,
      params: encodeParams({ user: { email: 'host@example.com' } }),
    });
    const answer = await rawRequest(usersUrl(), { method: 'POST', host: 'school.getcourse.ru:8443', headers, body });
    expect(JSON.parse(answer.body)).toMatchObject({ success: true, result: { success: true, user_status: 'added' } });
  });
});

describe('import API: users (ref A.1, A.2, A.3, E.1)', () => {
  it('adds a new user with user_status `added` and appends groups to an existing one (ref A.2, A.6, E.1)', async () => {
    const first = await importCall(sandbox, 'users', {
      user: { email: 'New.User@Example.com', first_name: 'Пётр', group_name: ['Вебинар 12.03'] },
    });
    expect(first).toMatchObject({
      success: true,
      action: 'add',
      result: { success: true, error: false, error_message: '', user_status: 'added' },
    });
    const id = first.result?.user_id;
    expect(typeof id).toBe('number');

    const second = await importCall(sandbox, 'users', {
      user: { email: 'new.user@example.com', group_name: ['Клуб', ['Марафон английский', '2026-11-01 10:30']] },
    });
    expect(second.result).toMatchObject({ success: true, user_id: id, user_status: 'in_base' });
    const user = sandbox.school().users.find((u) => u.id === id);
    expect(user?.groups).toEqual([
      expect.objectContaining({ name: 'Вебинар 12.03' }),
      expect.objectContaining({ name: 'Клуб' }),
      { name: 'Марафон английский', addedAt: '2026-11-01 10:30:00' },
    ]);
    expect(sandbox.school().users.filter((u) => u.email.toLowerCase() === 'new.user@example.com')).toHaveLength(1);
  });

  it('reports `active` for an existing active user (ref A.6)', async () => {
    const answer = await importCall(sandbox, 'users', { user: { email: 'ivan.petrov@example.com' } });
    expect(answer.result).toMatchObject({ success: true, user_id: 70001, user_status: 'active' });
  });

  it("leaves an existing user's data alone without refresh_if_exists and updates it with refresh_if_exists=1 (ref A.3, E.1)", async () => {
    const params = {
      user: { email: 'ivan.petrov@example.com', first_name: 'Иоанн', city: 'Тверь', addfields: { 'Город проживания': 'Тверь' } },
    };
    await importCall(sandbox, 'users', { ...params, system: { refresh_if_exists: 0 } });
    let ivan = sandbox.school().users.find((u) => u.id === 70001);
    expect(ivan).toMatchObject({ firstName: 'Иван', city: 'Москва', addfields: { 'Город проживания': 'Москва' } });

    await importCall(sandbox, 'users', { ...params, system: { refresh_if_exists: 1 } });
    ivan = sandbox.school().users.find((u) => u.id === 70001);
    expect(ivan).toMatchObject({
      firstName: 'Иоанн',
      city: 'Тверь',
      lastName: 'Петров',
      addfields: { 'Город проживания': 'Тверь', telegram_id: '123456789' },
    });
  });

  it('round-trips Cyrillic in params and addfields keyed by field title, ignoring unknown titles (ref 0.8, A.1, A.2)', async () => {
    const answer = await importCall(sandbox, 'users', {
      user: {
        email: 'ёжик@пример.рф',
        first_name: 'Ёжик',
        last_name: 'В тумане',
        addfields: { 'Город проживания': 'Санкт-Петербург', Їжак: 'так', Қала: 'Астана', 'Нет такого поля': 'x' },
      },
    });
    expect(answer.result?.success).toBe(true);
    const user = sandbox.school().users.find((u) => u.email === 'ёжик@пример.рф');
    expect(user).toMatchObject({ firstName: 'Ёжик', lastName: 'В тумане' });
    expect(user?.addfields).toEqual({ 'Город проживания': 'Санкт-Петербург', Їжак: 'так', Қала: 'Астана' });
  });

  it('accepts params whose `+` arrived as spaces because the body was not percent-encoded (ref 0.2)', async () => {
    // "ёё" encodes to base64 with a '+' in it; sent raw, a form parser turns it into a space.
    const params = encodeParams({ user: { email: 'plus@example.com', first_name: 'ёёё>>>' } });
    expect(params).toContain('+');
    const response = await fetch(usersUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `action=add&key=${sandbox.keys.readWrite}&params=${params}`,
    });
    expect((await response.json()) as ImportEnvelope).toMatchObject({ success: true, result: { success: true } });
    expect(sandbox.school().users.find((u) => u.email === 'plus@example.com')?.firstName).toBe('ёёё>>>');
  });

  it('answers neither e-mail nor phone, or an invalid e-mail, with an error inside a success envelope (ref R.4, A.8)', async () => {
    const before = JSON.stringify(sandbox.school());
    const missing = await importCall(sandbox, 'users', { user: { first_name: 'Без почты' } });
    expect(missing).toMatchObject({
      success: true,
      result: { success: false, error: true, error_message: 'Не указан ни эл. адрес, ни телефон' },
    });
    const invalid = await importCall(sandbox, 'users', { user: { email: 'not-an-email', phone: '+79001234567' } });
    expect(invalid.result).toMatchObject({ success: false, error_message: 'Некорректный email пользователя' });
    expect(JSON.stringify(sandbox.school())).toBe(before);
  });

  it('adds a user identified by a phone alone, and finds them again by its digits (ref R.4; A4)', async () => {
    const first = await importCall(sandbox, 'users', {
      user: { phone: '+7 (912) 000-11-22', first_name: 'Без почты', group_name: ['Клуб'] },
    });
    expect(first).toMatchObject({ success: true, result: { success: true, error: false, error_message: '', user_status: 'added' } });
    const id = first.result?.user_id;
    expect(sandbox.school().users.find((u) => u.id === id)).toMatchObject({
      email: '',
      phone: '+7 (912) 000-11-22',
      firstName: 'Без почты',
      status: 'in_base',
    });

    const again = await importCall(sandbox, 'users', { user: { phone: '79120001122', group_name: ['Спящие'] } });
    expect(again.result).toMatchObject({ success: true, user_id: id, user_status: 'in_base' });
    expect(
      sandbox
        .school()
        .users.find((u) => u.id === id)
        ?.groups.map((g) => g.name),
    ).toEqual(['Клуб', 'Спящие']);
    expect(sandbox.school().users.filter((u) => u.phone.replace(/\D/g, '') === '79120001122')).toHaveLength(1);
  });

  it('finds a seeded user by phone, leaving their data alone without refresh_if_exists (ref R.4, A.3)', async () => {
    const answer = await importCall(sandbox, 'users', { user: { phone: '+7 900 123-45-67', first_name: 'Другое имя' } });
    expect(answer.result).toMatchObject({ success: true, user_id: 70001, user_status: 'active' });
    expect(sandbox.school().users.find((u) => u.id === 70001)?.firstName).toBe('Иван');
  });

  it('matches a phone by equal digits only: no country-code guessing (A4)', async () => {
    const answer = await importCall(sandbox, 'users', { user: { phone: '8 900 123-45-67' } });
    expect(answer.result).toMatchObject({ success: true, user_status: 'added' });
    expect(answer.result?.user_id).not.toBe(70001);
  });

  it('identifies by the e-mail when both are given: the phone is only data (A4)', async () => {
    const answer = await importCall(sandbox, 'users', { user: { email: 'phone.owner@example.com', phone: '+79001234567' } });
    expect(answer.result).toMatchObject({ success: true, user_status: 'added' });
    expect(answer.result?.user_id).not.toBe(70001);
    expect(sandbox.school().users.filter((u) => u.phone === '+79001234567')).toHaveLength(2);
  });

  it('replaces the whole group list with action=update (ref A.1)', async () => {
    const answer = await importCall(sandbox, 'users', { user: { id: 70001, group_name: ['Клуб'] } }, { action: 'update' });
    expect(answer).toMatchObject({ success: true, action: 'update', result: { success: true, user_id: 70001 } });
    expect(
      sandbox
        .school()
        .users.find((u) => u.id === 70001)
        ?.groups.map((g) => g.name),
    ).toEqual(['Клуб']);
  });

  it('answers action=update for an unknown user id with an error inside the envelope (ref A.1)', async () => {
    const answer = await importCall(sandbox, 'users', { user: { id: 99999, group_name: ['Клуб'] } }, { action: 'update' });
    expect(answer.result).toMatchObject({ success: false, error_message: 'Пользователь не найден' });
  });
});

describe('import API: deals (ref A.3, A.5, A.6, E.1)', () => {
  it('creates the user of a deal for a new e-mail (ref A.5, E.1)', async () => {
    const answer = await importCall(sandbox, 'deals', {
      user: { email: 'buyer@example.com' },
      deal: { offer_code: 'consult60', deal_cost: 5000 },
    });
    expect(answer).toMatchObject({
      success: true,
      action: 'add',
      result: { success: true, user_status: 'added', deal_number: '', payment_link: '' },
    });
    const user = sandbox.school().users.find((u) => u.email === 'buyer@example.com');
    const deal = sandbox.school().deals.find((d) => d.id === answer.result?.deal_id);
    expect(deal).toMatchObject({
      userId: user?.id,
      cost: 5000,
      currency: 'RUB',
      status: 'new',
      paid: false,
      positions: [{ offerId: 1004, quantity: 1 }],
    });
  });

  it.each([
    [
      'no offer',
      { user: { email: 'min@example.com' }, deal: { deal_cost: 1000 } },
      'Не указано предложение: передайте offer_code, offer_id или product_title',
    ],
    ['no cost', { user: { email: 'min@example.com' }, deal: { offer_code: 'consult60' } }, 'Не указана стоимость заказа'],
    ['a negative cost', { user: { email: 'min@example.com' }, deal: { offer_id: 1004, deal_cost: '-1' } }, 'Некорректная стоимость заказа'],
    [
      'a cost that is not a number',
      { user: { email: 'min@example.com' }, deal: { offer_id: 1004, deal_cost: 'бесплатно' } },
      'Некорректная стоимость заказа',
    ],
    [
      'neither e-mail nor phone',
      { user: { first_name: 'Мин' }, deal: { offer_code: 'consult60', deal_cost: 100 } },
      'Не указан ни эл. адрес, ни телефон',
    ],
  ])(
    'answers a deal with %s by a success envelope with an error inside, writing nothing (ref A.5, R.4)',
    async (_label, params, message) => {
      const before = JSON.stringify(sandbox.school());
      const answer = await importCall(sandbox, 'deals', params);
      expect(answer).toMatchObject({ success: true, result: { success: false, error: true, error_message: message } });
      expect(JSON.stringify(sandbox.school())).toBe(before);
    },
  );

  it('accepts a deal with cost 0, as R.4 recorded: deal_number and payment_link come back "" when not asked', async () => {
    const answer = await importCall(sandbox, 'deals', {
      user: { email: 'free@example.com' },
      deal: { offer_code: 'consult60', product_title: 'Консультация 60 минут', deal_cost: 0 },
      system: { refresh_if_exists: 1 },
    });
    // R.4's recorded answer, but for the ids the sandbox hands out.
    expect(answer).toEqual({
      ...R4_DEAL_ADDED,
      result: { ...R4_DEAL_ADDED.result, user_id: expect.any(Number), deal_id: expect.any(Number) },
    });
    expect(sandbox.school().deals.find((d) => d.id === answer.result?.deal_id)).toMatchObject({
      cost: 0,
      paid: false,
      positions: [{ offerId: 1004, price: 0 }],
    });
  });

  it('identifies the deal’s user by phone when there is no e-mail (A4: as in a user import)', async () => {
    const answer = await importCall(sandbox, 'deals', {
      user: { phone: '+7 900 123 45 67' },
      deal: { offer_code: 'gift', deal_cost: '0' },
    });
    expect(answer.result).toMatchObject({ success: true, user_id: 70001, user_status: 'active' });
    const created = await importCall(sandbox, 'deals', {
      user: { phone: '+7 913 555 00 00' },
      deal: { offer_code: 'gift', deal_cost: 10 },
    });
    expect(created.result).toMatchObject({ success: true, user_status: 'added' });
    expect(sandbox.school().users.find((u) => u.id === created.result?.user_id)).toMatchObject({ email: '', phone: '+7 913 555 00 00' });
  });

  it('answers an unknown offer code or id with an error, and ignores offers with an empty code (ref A.5, C.3)', async () => {
    const byCode = await importCall(sandbox, 'deals', {
      user: { email: 'o@example.com' },
      deal: { offer_code: 'no-such-code', deal_cost: 100 },
    });
    expect(byCode.result).toMatchObject({ success: false, error_message: 'Предложение не найдено' });
    const byId = await importCall(sandbox, 'deals', { user: { email: 'o@example.com' }, deal: { offer_id: 424242, deal_cost: 100 } });
    expect(byId.result).toMatchObject({ success: false, error_message: 'Предложение не найдено' });
  });

  it('finds an offer by offer_id even when it has no code (ref A.5, C.3)', async () => {
    const answer = await importCall(sandbox, 'deals', { user: { email: 'o@example.com' }, deal: { offer_id: '1003', deal_cost: 990 } });
    expect(answer.result?.success).toBe(true);
    expect(sandbox.school().deals.find((d) => d.id === answer.result?.deal_id)?.positions[0]?.offerId).toBe(1003);
  });

  it('answers an unknown deal_status with an error (ref A.6)', async () => {
    const answer = await importCall(sandbox, 'deals', {
      user: { email: 'o@example.com' },
      deal: { offer_code: 'gift', deal_cost: 10, deal_status: 'done' },
    });
    expect(answer.result).toMatchObject({ success: false, error_message: 'Неизвестный статус заказа' });
  });

  it('returns deal_number and payment_link only when asked (ref A.3, A.7)', async () => {
    const answer = await importCall(sandbox, 'deals', {
      user: { email: 'ivan.petrov@example.com' },
      deal: { offer_code: 'eng30', deal_cost: '2 990,00' },
      system: { return_deal_number: 1, return_payment_link: '1' },
    });
    expect(answer.result).toMatchObject({ success: true, deal_number: 104, user_status: 'active' });
    expect(answer.result?.payment_link).toMatch(/^https:\/\/school\.getcourse\.ru\/.+/);
    expect(sandbox.school().deals.find((d) => d.number === 104)?.cost).toBe(2990);
  });

  it('edits the deal with an existing deal_number: status, payment (ref A.5)', async () => {
    const answer = await importCall(sandbox, 'deals', {
      user: { email: 'olga.smirnova@example.com' },
      deal: { deal_number: 102, deal_status: 'payed' },
      system: { return_deal_number: 1 },
    });
    expect(answer.result).toMatchObject({ success: true, deal_id: 880002, deal_number: 102 });
    const deal = sandbox.school().deals.find((d) => d.number === 102);
    expect(deal).toMatchObject({ status: 'payed', paid: true, cost: 5000, positions: [{ offerId: 1004 }] });
    expect(sandbox.school().deals).toHaveLength(3);
  });

  it('marks a deal paid with deal_is_paid and keeps RUB as the default currency (ref A.5)', async () => {
    const answer = await importCall(sandbox, 'deals', {
      user: { email: 'p@example.com' },
      deal: { offer_code: 'mentor', deal_cost: 120000, deal_is_paid: 1 },
    });
    expect(sandbox.school().deals.find((d) => d.id === answer.result?.deal_id)).toMatchObject({
      paid: true,
      status: 'payed',
      currency: 'RUB',
    });
  });

  it('replaces the offer of an existing deal without multiple_offers and adds a position with multiple_offers=1 (ref A.3, E.1)', async () => {
    await importCall(sandbox, 'deals', {
      user: { email: 'olga.smirnova@example.com' },
      deal: { deal_number: 102, offer_code: 'club-month', deal_cost: 1500 },
    });
    let deal = sandbox.school().deals.find((d) => d.number === 102);
    expect(deal?.positions.map((p) => p.offerId)).toEqual([1007]);
    expect(deal?.cost).toBe(1500);

    await importCall(sandbox, 'deals', {
      user: { email: 'olga.smirnova@example.com' },
      deal: { deal_number: 102, offer_code: 'eng30', deal_cost: 2990 },
      system: { multiple_offers: 1 },
    });
    deal = sandbox.school().deals.find((d) => d.number === 102);
    expect(deal?.positions.map((p) => p.offerId)).toEqual([1007, 1006]);
    expect(deal?.cost).toBe(4490);
  });

  it('stores deal custom fields by title and updates the existing user only with refresh_if_exists (ref A.3, A.5)', async () => {
    const answer = await importCall(sandbox, 'deals', {
      user: { email: 'ivan.petrov@example.com', first_name: 'Другое имя' },
      deal: {
        offer_code: 'gift',
        deal_cost: 50,
        deal_currency: 'USD',
        addfields: { 'Источник заказа': 'Telegram-канал', 'unknown title': 'x' },
      },
    });
    const deal = sandbox.school().deals.find((d) => d.id === answer.result?.deal_id);
    expect(deal).toMatchObject({ currency: 'USD', addfields: { 'Источник заказа': 'Telegram-канал' } });
    expect(Object.keys(deal?.addfields ?? {})).toEqual(['Источник заказа']);
    expect(sandbox.school().users.find((u) => u.id === 70001)?.firstName).toBe('Иван');
  });
});
