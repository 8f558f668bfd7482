/**
 * utils/problem.ts: one list of problem codes, one stored shape. A stored problem whose code this
 * version does not know is read back as `unknown` with the rest kept, so the history entry or the
 * report it is part of is not thrown away.
 */
import { PROBLEM_CODES, storedProblemSchema } from '@/utils/problem';
import { historyOf } from '@/entrypoints/background/storage/items';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('storedProblemSchema', () => {
  it('keeps every known code as it is', () => {
    for (const code of PROBLEM_CODES) expect(storedProblemSchema.parse({ code, raw: 'x' })).toEqual({ code, raw: 'x' });
  });

  it('reads a code it does not know as unknown, keeping what GetCourse said', () => {
    expect(storedProblemSchema.parse({ code: 'from-a-later-version', raw: 'HTTP 418', status: 418 })).toEqual({
      code: 'unknown',
      raw: 'HTTP 418',
      status: 418,
    });
  });

  it('a history entry with such a problem survives a read from storage', async () => {
    fakeBrowser.reset();
    const entry = {
      id: 'e1',
      at: 1,
      target: 'https://h.albato.ru/wh/1/',
      outcome: 'fail',
      summary: 'x',
      problem: { code: 'retired-code', raw: 'said this' },
      request: { kind: 'webhook', template: 'https://h.albato.ru/wh/1/', method: 'GET', sample: 'user' },
    };
    await fakeBrowser.storage.local.set({ 'history:school.getcourse.ru': [entry] });
    expect(await historyOf('school.getcourse.ru').get()).toEqual([{ ...entry, problem: { code: 'unknown', raw: 'said this' } }]);
  });
});
