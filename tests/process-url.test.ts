import { CONTENT_STRINGS } from '@/utils/locales/content';
import { checkCallUrl, isAlbatoWebhook, PROCESS_VARIABLES, urlVariables } from '@/utils/process-url';

const HOOK = 'https://h.albato.ru/wh/38/1lfAbCd/ATFxeZrlsG3WTfCMTi2wknMQdl8rSphiTbjD1yJXUq8/';

describe('isAlbatoWebhook (fact sheet E.2)', () => {
  it.each([
    [HOOK, true],
    [`${HOOK}?email={object.email}`, true],
    ['https://h.albato.com/wh/21/1abCdEf/token/', true],
    ['https://h.albato.ru/h/38/aGVsbG8%3D', true],
    ['http://h.albato.ru/wh/38/x/y/', false],
    ['https://albato.ru/wh/38/x/y/', false],
    ['https://h.albato.ru.evil.example/wh/38/x/', false],
    ['https://h.albato.ru/api/38/', false],
    ['https://webjack.example/hook/123', false],
    ['not a url {object.email}', false],
  ])('%s → %s', (url, expected) => {
    expect(isAlbatoWebhook(url)).toBe(expected);
  });
});

describe('urlVariables (fact sheet D.1, D.2)', () => {
  it('finds {object.…} variables, with format= and Cyrillic custom-field titles', () => {
    const vars = urlVariables(
      "https://x/?a={object.email}&b={object.created_at format='Y-m-d H:i:s'}&c={object.Город проживания}&d={other}",
      'user',
    );
    expect(vars.map((v) => v.path)).toEqual(['email', 'created_at', 'Город проживания']);
    expect(vars[0]!.fact).not.toBeNull();
    expect(CONTENT_STRINGS.ru.processVars[vars[0]!.name as keyof typeof CONTENT_STRINGS.ru.processVars]).toBe('эл. почта');
    expect(vars[2]!.fact).toBeNull();
  });

  it('reads object.user.* as the order’s user in order processes', () => {
    const [email] = urlVariables('{object.user.email}', 'deal');
    expect(email).toMatchObject({ path: 'user.email', refersTo: 'user' });
    expect(email!.fact?.kind).toBe('user');
  });
});

describe('checkCallUrl', () => {
  it('warns about cost with currency and offers the plain number, keeping the user. prefix rules', () => {
    const [finding] = checkCallUrl(`${HOOK}?cost={object.cost_money}`, 'deal');
    expect(finding).toMatchObject({ code: 'formatted-money', replacement: '{object.cost_money_value}' });
    expect(checkCallUrl(`${HOOK}?cost={object.cost_money_value}`, 'deal')).toEqual([]);
  });

  it('warns about a variable of the other object kind (E.1)', () => {
    expect(checkCallUrl('{object.cost_money}', 'user').map((f) => f.code)).toEqual(['wrong-kind']);
    expect(checkCallUrl('{object.email}', 'deal').map((f) => f.code)).toEqual(['wrong-kind']);
    expect(checkCallUrl('{object.user.email}', 'user').map((f) => f.code)).toEqual(['wrong-kind']);
    expect(checkCallUrl('{object.user.email}&{object.number}&{object.id}', 'deal')).toEqual([]);
    expect(checkCallUrl('{object.email}&{object.id}', 'user')).toEqual([]);
  });

  it('checks custom fields by title against the school’s user and order fields when known', () => {
    const fields = { user: ['Город проживания', 'telegram_id'], deal: ['Источник заказа'] };
    const url = `${HOOK}?city={object.Город проживания}&source={object.Источник заказа}&x={object.Нет такого}`;
    expect(checkCallUrl(url, 'deal', fields).map((f) => [f.code, f.variable.path])).toEqual([
      ['custom-field-wrong-kind', 'Город проживания'],
      ['unknown-variable', 'Нет такого'],
    ]);
    expect(checkCallUrl(url, 'user', fields).map((f) => [f.code, f.variable.path])).toEqual([
      ['custom-field-wrong-kind', 'Источник заказа'],
      ['unknown-variable', 'Нет такого'],
    ]);
    expect(checkCallUrl(url, 'deal')).toEqual([]); // fields unknown: no guess
  });
});

describe('what each documented variable carries is translated', () => {
  it.each(['ru', 'en'] as const)('%s has a processVars entry for every documented variable and id', (lang) => {
    const names = [...Object.keys(PROCESS_VARIABLES), 'id'].sort();
    expect(Object.keys(CONTENT_STRINGS[lang].processVars).sort()).toEqual(names);
    for (const text of Object.values(CONTENT_STRINGS[lang].processVars)) expect(text.trim()).not.toBe('');
  });
});
