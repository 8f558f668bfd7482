/**
 * Own-domain content scripts through the real background (WXT's fake browser, with the scripting
 * and permission events of tests/setup/fake-browser-gaps.ts): what the admin does in the extension
 * pages and the browser's own events decide what is registered, and nothing else.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { CS_TO_BG, UI_TO_BG } from '@/utils/message-names';
import { ownDomainScriptsSettled } from '@/entrypoints/background/own-domain-registrar';
import { permissionPattern } from '@/utils/call-url-request';

const OPTIONS = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
const ACADEMY = 'https://academy.example.com';
const OTHER = 'https://courses.example.org';

async function deliver(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve));
}

/** As SchoolForm does: the origin's host permission is asked from the click, then the school is saved. */
async function grantAndSave(origin: string, name = 'Академия') {
  await fakeBrowser.permissions.request({ origins: [permissionPattern(origin)] });
  const reply = await deliver(
    { type: UI_TO_BG.saveSchool, name, origin, remember: false, key: 'AbCd0123456789secret0123456789WxYz' },
    OPTIONS,
  );
  expect(reply.ok).toBe(true);
  await ownDomainScriptsSettled();
  return reply.school.id as string;
}

async function registered() {
  return (await fakeBrowser.scripting.getRegisteredContentScripts()).map(({ id, js, matches, excludeMatches }) => ({
    id,
    js,
    matches,
    excludeMatches,
  }));
}
const ids = async () => (await registered()).map((s) => s.id).sort();
const idsFor = (origin: string) =>
  ['content', 'field-pages', 'offer-pages', 'process-pages'].map((group) => `own-domain:${origin}:${group}`);

describe('own-domain content scripts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('a granted own domain saved as a school gets the four page-group scripts, for that host only', async () => {
    await grantAndSave(ACADEMY);
    expect(await registered()).toEqual(
      expect.arrayContaining([
        {
          id: `own-domain:${ACADEMY}:field-pages`,
          js: ['content-scripts/field-pages.js'],
          matches: [`${ACADEMY}/pl/logic/context/custom-fields*`],
          excludeMatches: undefined,
        },
        {
          id: `own-domain:${ACADEMY}:offer-pages`,
          js: ['content-scripts/offer-pages.js'],
          matches: [`${ACADEMY}/pl/sales/offer*`],
          excludeMatches: undefined,
        },
        {
          id: `own-domain:${ACADEMY}:process-pages`,
          js: ['content-scripts/process-pages.js'],
          matches: [`${ACADEMY}/pl/tasks/mission/*`],
          excludeMatches: undefined,
        },
        {
          id: `own-domain:${ACADEMY}:content`,
          js: ['content-scripts/content.js'],
          matches: [`${ACADEMY}/saas/account/api*`, `${ACADEMY}/pl/saas/account/api*`],
          excludeMatches: undefined,
        },
      ]),
    );
    expect(await ids()).toEqual(idsFor(ACADEMY));
    expect((await fakeBrowser.scripting.getRegisteredContentScripts()).every((s) => s.persistAcrossSessions)).toBe(true);
  });

  it('a school on a port is registered by host (match patterns carry no port), once', async () => {
    await grantAndSave(`${ACADEMY}:8443`);
    expect(await ids()).toEqual(idsFor(ACADEMY));
  });

  it('nothing for a school whose origin is not granted, until the admin grants it', async () => {
    await deliver({ type: UI_TO_BG.saveSchool, name: 'Академия', origin: ACADEMY, remember: false }, OPTIONS);
    await ownDomainScriptsSettled();
    expect(await ids()).toEqual([]);
    await fakeBrowser.permissions.request({ origins: [`${ACADEMY}/*`] });
    await vi.waitFor(async () => expect(await ids()).toEqual(idsFor(ACADEMY)));
  });

  it('nothing for a granted webhook host or a technical-domain school (the manifest covers those)', async () => {
    await fakeBrowser.permissions.request({ origins: ['https://h.albato.ru/*'] });
    await grantAndSave('https://school.getcourse.ru', 'Техническая');
    await new Promise((resolve) => setTimeout(resolve));
    await ownDomainScriptsSettled();
    expect(await ids()).toEqual([]);
  });

  it('forgetting the school removes its scripts and leaves the other school’s', async () => {
    const academy = await grantAndSave(ACADEMY);
    await grantAndSave(OTHER, 'Курсы');
    expect(await ids()).toEqual([...idsFor(OTHER), ...idsFor(ACADEMY)].sort());
    expect(await deliver({ type: UI_TO_BG.removeSchool, id: academy }, OPTIONS)).toEqual({ ok: true });
    expect(await ids()).toEqual(idsFor(OTHER));
  });

  it('erasing all data removes every own-domain script', async () => {
    await grantAndSave(ACADEMY);
    await grantAndSave(OTHER, 'Курсы');
    expect(await deliver({ type: UI_TO_BG.clearAllData }, OPTIONS)).toEqual({ ok: true });
    expect(await ids()).toEqual([]);
  });

  it('a revoked origin loses its scripts (permissions.onRemoved), the other school keeps its own', async () => {
    await grantAndSave(ACADEMY);
    await grantAndSave(OTHER, 'Курсы');
    await fakeBrowser.permissions.remove({ origins: [`${ACADEMY}/*`] });
    await vi.waitFor(async () => expect(await ids()).toEqual(idsFor(OTHER)));
  });

  it('at startup and after an update, repairs lost, stale and foreign-origin registrations and leaves others alone', async () => {
    await grantAndSave(ACADEMY);
    await fakeBrowser.scripting.unregisterContentScripts({ ids: [`own-domain:${ACADEMY}:offer-pages`] }); // lost
    await fakeBrowser.scripting.unregisterContentScripts({ ids: [`own-domain:${ACADEMY}:field-pages`] });
    await fakeBrowser.scripting.registerContentScripts([
      { id: `own-domain:${ACADEMY}:field-pages`, js: ['content-scripts/field-pages.js'], matches: [`${ACADEMY}/old-path*`] }, // an older version's
      { id: `own-domain:${OTHER}:content`, js: ['content-scripts/content.js'], matches: [`${OTHER}/*`] }, // not a saved school
      { id: 'someone-else', js: ['content-scripts/content.js'], matches: ['https://example.net/*'] }, // not ours to touch
    ]);
    await fakeBrowser.runtime.onStartup.trigger();
    await ownDomainScriptsSettled();
    expect(await ids()).toEqual([...idsFor(ACADEMY), 'someone-else'].sort());
    expect((await registered()).find((s) => s.id.endsWith(':field-pages'))?.matches).toEqual([
      `${ACADEMY}/pl/logic/context/custom-fields*`,
    ]);

    await fakeBrowser.scripting.unregisterContentScripts({ ids: [`own-domain:${ACADEMY}:content`] });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await ownDomainScriptsSettled();
    expect(await ids()).toEqual([...idsFor(ACADEMY), 'someone-else'].sort());
  });

  it('after an update, replaces the older catch-all registration (every page but the others’) with the API keys pages only', async () => {
    await grantAndSave(ACADEMY);
    await fakeBrowser.scripting.unregisterContentScripts({ ids: [`own-domain:${ACADEMY}:content`] });
    await fakeBrowser.scripting.registerContentScripts([
      {
        id: `own-domain:${ACADEMY}:content`,
        js: ['content-scripts/content.js'],
        matches: [`${ACADEMY}/saas/account/api*`, `${ACADEMY}/pl/saas/account/api*`],
        excludeMatches: [`${ACADEMY}/pl/sales/offer*`],
      },
    ]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await ownDomainScriptsSettled();
    const content = (await registered()).find((s) => s.id.endsWith(':content'));
    expect(content).toEqual({
      id: `own-domain:${ACADEMY}:content`,
      js: ['content-scripts/content.js'],
      matches: [`${ACADEMY}/saas/account/api*`, `${ACADEMY}/pl/saas/account/api*`],
      excludeMatches: undefined,
    });
  });

  it('is idempotent when events come together (startup, update, a grant): no refused registration, one set', async () => {
    await grantAndSave(ACADEMY);
    await fakeBrowser.scripting.unregisterContentScripts();
    const warn = vi.spyOn(console, 'warn');
    void fakeBrowser.runtime.onStartup.trigger();
    void fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    // the event as the browser would send it again (onAdded is the fake-browser-gaps event)
    void (fakeBrowser.permissions.onAdded as unknown as { trigger(p: object): Promise<unknown> }).trigger({
      origins: [`${ACADEMY}/*`],
      permissions: [],
    });
    await ownDomainScriptsSettled();
    expect(await ids()).toEqual(idsFor(ACADEMY));
    expect(warn).not.toHaveBeenCalled(); // a second registration of an id would be refused and logged
  });
});

describe('content-script messages from an own domain', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  const fromPage = (url: string) => deliver({ type: CS_TO_BG.schoolFields }, { id: fakeBrowser.runtime.id, url, tab: { id: 7 } });
  const fieldsPage = `${ACADEMY}/pl/logic/context/custom-fields?contextName=UserContext`;

  it('are accepted only while the domain is a saved school’s and granted', async () => {
    expect(await fromPage(fieldsPage)).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    await deliver({ type: UI_TO_BG.saveSchool, name: 'Академия', origin: ACADEMY, remember: false }, OPTIONS);
    expect(await fromPage(fieldsPage)).toMatchObject({ ok: false, problem: { code: 'forbidden' } }); // saved, not granted
    await fakeBrowser.permissions.request({ origins: [`${ACADEMY}/*`] });
    expect(await fromPage(fieldsPage)).toEqual({ ok: true, fields: { user: null, deal: null } });
    expect(await fromPage('https://school.getcourse.ru/pl/logic/context/custom-fields')).toEqual({
      ok: true,
      fields: { user: null, deal: null },
    });
  });

  it('are refused from a granted host that is no saved school, and after the school is forgotten', async () => {
    await fakeBrowser.permissions.request({ origins: ['https://h.albato.ru/*'] });
    expect(await fromPage('https://h.albato.ru/pl/logic/context/custom-fields')).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    const id = await grantAndSave(ACADEMY);
    expect((await fromPage(fieldsPage)).ok).toBe(true);
    await deliver({ type: UI_TO_BG.removeSchool, id }, OPTIONS);
    expect(await fromPage(fieldsPage)).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
  });

  it('keep each school’s data apart: what the own domain reports is its own', async () => {
    await grantAndSave(ACADEMY);
    const sender = { id: fakeBrowser.runtime.id, url: fieldsPage, tab: { id: 7 } };
    await deliver({ type: CS_TO_BG.schoolFields, context: 'user', titles: ['Город проживания'] }, sender);
    expect(await fromPage(fieldsPage)).toEqual({ ok: true, fields: { user: ['Город проживания'], deal: null } });
    expect(await fromPage('https://school.getcourse.ru/pl/logic/context/custom-fields')).toEqual({
      ok: true,
      fields: { user: null, deal: null },
    });
  });
});
