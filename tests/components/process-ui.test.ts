/**
 * The in-page views of process and offer pages with hostile input: a URL with HTML, 10 000
 * characters, RTL and zero-width marks give a clear note or nothing, never an element built from
 * page text; Test this URL and Send… ignore clicks a page script makes.
 */
import { renderCallTest, type CallTestView } from '@/entrypoints/content/ui/call-test-view';
import { el } from '@/entrypoints/content/ui/dom';
import { useIntentGuard } from '@/entrypoints/content/ui/intent';
import { renderOfferBadge, renderOfferListNote } from '@/entrypoints/content/ui/offer-badge';
import { renderCallUrl, type CallUrlView } from '@/entrypoints/content/ui/process-views';
import { createContentT } from '@/utils/i18n-content';
import { CONTENT_STRINGS } from '@/utils/locales/content';
import { checkCallUrl, MAX_CALL_URL_LENGTH, urlTextNotes, urlVariables } from '@/utils/process-url';

// Texts from the dictionaries the views read: a copy edit changes both sides, a wrong message fails.
const t = createContentT('ru', CONTENT_STRINGS.ru);
const HOOK = 'https://h.albato.ru/wh/38/1lfAbCd/token/';

function shadow(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

function checkView(template: string, diagnose = () => 'report'): CallUrlView {
  return {
    url: template,
    kind: 'deal',
    lang: 'ru',
    swapped: false,
    notes: urlTextNotes(template),
    variables: urlVariables(template, 'deal'),
    findings: checkCallUrl(template, 'deal'),
    diagnose,
  };
}

const HOSTILE = [
  ['HTML', `${HOOK}?x="><img src=x onerror=alert(1)>&c={object.cost_money}&t={object.<b>bold</b>}`],
  ['10 000 characters', `${HOOK}?pad=${'я'.repeat(10_000)}&c={object.cost_money}`],
  ['RTL and zero-width marks', `\u200b${HOOK}?c={object.cost_money}\u202e&n={object.number}\u2066`],
] as const;

describe('urlTextNotes', () => {
  it('flags a template longer than the extension sends and invisible characters; a plain URL has none', () => {
    expect(urlTextNotes(`${HOOK}?e={object.email}`)).toEqual([]);
    expect(urlTextNotes('x'.repeat(MAX_CALL_URL_LENGTH))).toEqual([]);
    expect(urlTextNotes('x'.repeat(MAX_CALL_URL_LENGTH + 1))).toEqual(['too-long']);
    for (const mark of ['\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff'])
      expect(urlTextNotes(`${HOOK}${mark}`)).toEqual(['invisible-characters']);
  });
});

describe('«Вызвать URL» check with hostile URLs', () => {
  it.each(HOSTILE)('%s: page text stays text, notes say what is wrong', (what, template) => {
    const root = shadow();
    expect(() => renderCallUrl(root, checkView(template), t, () => undefined)).not.toThrow();
    expect(root.querySelectorAll('img, b, script, iframe')).toHaveLength(0);
    expect(root.querySelector('.gc-finding[data-code="formatted-money"]')?.textContent).toContain('{object.cost_money}');
    const notes = [...root.querySelectorAll('.gc-finding[data-code="too-long"], .gc-finding[data-code="invisible-characters"]')].map((n) =>
      n.getAttribute('data-code'),
    );
    expect(notes).toEqual(what === '10 000 characters' ? ['too-long'] : what === 'HTML' ? [] : ['invisible-characters']);
    if (what === 'HTML') expect(root.textContent).toContain('{object.<b>bold</b>}');
  });

  it('re-rendering while typing keeps one check and one diagnosis, which opens with the report', () => {
    const root = shadow();
    const diagnose = vi.fn(() => 'Страница: …');
    renderCallUrl(root, checkView(HOOK, diagnose), t, () => undefined);
    const details = root.querySelector('details.gc-diagnose') as HTMLDetailsElement;
    renderCallUrl(root, checkView(`${HOOK}?n={object.number}`, diagnose), t, () => undefined);
    expect(root.querySelectorAll('.gc-process')).toHaveLength(1);
    expect(root.querySelectorAll('.gc-diagnose')).toHaveLength(1);
    expect(root.querySelector('.gc-diagnose')).toBe(details);
    expect(details.previousElementSibling?.className).toBe('gc-process');
    expect(diagnose).not.toHaveBeenCalled();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect((root.querySelector('.gc-diagnosis-text') as HTMLTextAreaElement).value).toBe('Страница: …');
  });
});

describe('Test this URL with hostile URLs and page-script clicks', () => {
  const actions = () => ({ open: vi.fn(), hide: vi.fn(), confirm: vi.fn() });
  const view = (template: string, state: CallTestView['state'] = { phase: 'preview' }): CallTestView => ({
    template,
    method: 'GET',
    kind: 'deal',
    kindGuessed: false,
    albato: true,
    tooLong: template.length > MAX_CALL_URL_LENGTH,
    state,
  });

  it.each(HOSTILE)('%s: a preview or a note, no element from the URL', (what, template) => {
    const root = shadow();
    expect(() => renderCallTest(root, view(template), t, actions())).not.toThrow();
    expect(root.querySelectorAll('img, b, script')).toHaveLength(0);
    if (what === '10 000 characters') {
      expect(root.querySelector('.gc-finding[data-code="too-long"]')?.textContent).toContain('4096');
      expect(root.querySelector('.gc-test-send')).toBeNull();
    } else if (what === 'RTL and zero-width marks') {
      // A zero-width mark before https:// is no URL for a browser either: said so, nothing to send.
      expect(root.querySelector('.gc-finding')?.textContent).toContain(t('callTest.invalid'));
      expect(root.querySelector('.gc-test-send')).toBeNull();
    } else {
      expect(root.querySelector('.gc-request')?.textContent).toMatch(/^GET https:\/\/h\.albato\.ru\/wh\/38\/.*%22%3E%3Cimg/);
      expect(root.querySelector('.gc-test-send')).not.toBeNull();
    }
  });

  it('«Test this URL» and Send… do nothing on an untrusted click (a page script’s button.click())', () => {
    const root = shadow();
    const spies = actions();
    renderCallTest(root, view(HOOK, { phase: 'closed' }), t, spies);
    (root.querySelector('.gc-test-open') as HTMLButtonElement).click();
    expect(spies.open).not.toHaveBeenCalled();
    renderCallTest(root, view(HOOK), t, spies);
    (root.querySelector('.gc-test-send') as HTMLButtonElement).click();
    expect(spies.confirm).not.toHaveBeenCalled();
    (root.querySelector('.gc-test-hide') as HTMLButtonElement).click();
    expect(spies.hide).toHaveBeenCalledTimes(1); // a control that reaches nothing outside stays clickable
  });

  it('after Send… the page is told where the call went, and shows no answer of its own', () => {
    const root = shadow();
    renderCallTest(root, view(HOOK, { phase: 'opened' }), t, actions());
    expect(root.querySelector('[data-code="opened"]')?.textContent).toBe(t('callTest.opened'));
    expect(root.querySelector('.gc-test-send')?.textContent).toBe(t('callTest.send'));
    const en = createContentT('en', CONTENT_STRINGS.en);
    renderCallTest(root, view(HOOK, { phase: 'opened' }), en, actions());
    expect(root.querySelector('[data-code="opened"]')?.textContent).toBe(en('callTest.opened'));
  });

  it('onTrustedClick ignores a page script’s clicks; a trusted click on a control nobody could see is refused, and says so', () => {
    useIntentGuard('Страница изменила вид этой кнопки');
    const action = vi.fn();
    const button = el('button', { type: 'button', onTrustedClick: action });
    const box = document.createElement('div');
    box.append(button);
    document.body.append(box);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(action).not.toHaveBeenCalled();
    expect(box.querySelector('.gc-refused')).toBeNull(); // a page's click is not answered at all
    // What a browser marks as the user's own click (a page script cannot make this). happy-dom draws
    // nothing, so the control was never on screen: the guard refuses (entrypoints/content/ui/intent.ts;
    // the presses it lets through are tested in real browsers, e2e/clickjack.*).
    const own = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(own, 'isTrusted', { value: true });
    button.dispatchEvent(own);
    expect(action).not.toHaveBeenCalled();
    expect(box.querySelector('.gc-refused')?.textContent).toBe('Страница изменила вид этой кнопки');
    box.remove();
  });
});

describe('offer list views', () => {
  it('the note says where codes live; a remembered code is shown as text with copy, an empty one as missing', () => {
    const note = shadow();
    renderOfferListNote(note, t);
    renderOfferListNote(note, t);
    expect(note.querySelectorAll('.gc-offer-note')).toHaveLength(1);
    expect(note.textContent).toContain(t('offerList.note'));
    expect(note.textContent).toContain('«Уникальный код предложения»'); // the form field's name in GetCourse
    const badge = shadow();
    renderOfferBadge(badge, '<b>promo&50</b>', t, 'remembered');
    expect(badge.querySelector('.gc-offer-code')?.textContent).toBe('<b>promo&50</b>');
    expect(badge.textContent).toContain(t('offerList.remembered'));
    expect(badge.querySelectorAll('b')).toHaveLength(0);
    renderOfferBadge(badge, '', t, 'remembered');
    expect(badge.querySelectorAll('.gc-offer')).toHaveLength(1);
    expect(badge.querySelector('.gc-missing')?.textContent).toBe(`⚠ ${t('offerList.noCode')}`);
  });
});

describe('«Вызвать URL» check stays short (issue 24, point 4)', () => {
  const MANY = `${HOOK}?e={object.user.email}&n={object.number}&c={object.cost_money}&p={object.positions}`;

  it('shows a few variables as they are, folds a longer list and keeps it open while the admin types', () => {
    const few = shadow();
    renderCallUrl(few, checkView(`${HOOK}?n={object.number}`), t, () => undefined);
    expect(few.querySelector('div.gc-vars li')?.textContent).toContain('{object.number}');
    const root = shadow();
    renderCallUrl(root, checkView(MANY), t, () => undefined);
    const list = root.querySelector<HTMLDetailsElement>('details.gc-vars')!;
    expect(list.open).toBe(false);
    expect(list.querySelector('summary')!.textContent).toBe(`${t('processes.variables')} 4`);
    // What needs the admin is not folded.
    expect(root.querySelector('.gc-finding[data-code="formatted-money"]')!.closest('details')).toBeNull();
    list.open = true;
    renderCallUrl(root, checkView(`${MANY}&x=1`), t, () => undefined);
    expect(root.querySelectorAll('details.gc-vars')).toHaveLength(1);
    expect(root.querySelector<HTMLDetailsElement>('details.gc-vars')!.open).toBe(true);
  });
});
