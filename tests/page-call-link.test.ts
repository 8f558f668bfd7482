/**
 * The call "Test this URL" hands to the extension's page (utils/page-call-link.ts): written by the
 * background, read back by the popup. Read as untrusted: anything but a well-formed call is no draft.
 */
import { pageCallQuery, readPageCall, type PageCall } from '@/utils/page-call-link';

const CALL: PageCall = {
  template: 'https://h.albato.ru/wh/38/1lf/token/?e={object.email}&c={object.Город проживания}&x=a&b=#frag',
  method: 'POST',
  kind: 'deal',
  processId: '101',
};

/** What `location.search` holds once the query (without its #webhook) is in a page's address. */
const searchOf = (query: string) => new URL(`chrome-extension://id/popup.html${query}`).search;

describe('page call link', () => {
  it('round-trips a call, braces, Cyrillic, & and # included, and opens the webhook tab', () => {
    const query = pageCallQuery(CALL);
    expect(query.endsWith('#webhook')).toBe(true);
    expect(readPageCall(searchOf(query))).toEqual(CALL);
  });

  it.each([
    ['no call', ''],
    ['not JSON', '?call=%7Bnope'],
    ['not an object', `?call=${encodeURIComponent('"https://h.albato.ru/"')}`],
    ['empty template', `?call=${encodeURIComponent(JSON.stringify({ ...CALL, template: '' }))}`],
    ['template too long', `?call=${encodeURIComponent(JSON.stringify({ ...CALL, template: `https://h.albato.ru/${'x'.repeat(4096)}` }))}`],
    ['another method', `?call=${encodeURIComponent(JSON.stringify({ ...CALL, method: 'DELETE' }))}`],
    ['another kind', `?call=${encodeURIComponent(JSON.stringify({ ...CALL, kind: 'purchase' }))}`],
    ['process id not a number', `?call=${encodeURIComponent(JSON.stringify({ ...CALL, processId: '101<b>' }))}`],
  ])('%s: no draft', (_what, search) => {
    expect(readPageCall(search)).toBeNull();
  });
});
