/**
 * The page that asks the browser for access to one origin (a webhook host or a school's own
 * domain). Browsers grant optional host permissions only from a click in an extension page, so
 * the content script's "Allow access" opens this page; the admin sees the exact origin first.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isCallTargetOrigin, LOCALHOST_CALLS_ALLOWED, permissionPattern } from '@/utils/call-url-request';
import { createT, type Lang } from '@/utils/i18n';

type State = 'asking' | 'granted' | 'refused' | 'failed';

async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

export function GrantAccess({ lang, requested }: { lang: Lang; requested: string }) {
  const t = createT(lang);
  const origin = isCallTargetOrigin(requested, LOCALHOST_CALLS_ALLOWED) ? requested : null;
  const [state, setState] = useState<State>('asking');
  const [error, setError] = useState('');

  if (!origin) {
    return (
      <main class="popup grant">
        <h1>{t('grant.title')}</h1>
        <p class="fail" role="alert">
          {t('grant.invalid', { origin: requested.slice(0, 300) || '—' })}
        </p>
      </main>
    );
  }

  // permissions.request must run inside the click itself (no await before it): browsers accept
  // it only while handling the user's gesture.
  const allow = () => {
    browser.permissions.request({ origins: [permissionPattern(origin)] }).then(
      (granted) => setState(granted ? 'granted' : 'refused'),
      (reason: unknown) => {
        setError(reason instanceof Error ? reason.message : String(reason));
        setState('failed');
      },
    );
  };

  return (
    <main class="popup grant">
      <h1>{t('grant.title')}</h1>
      <p>{t('grant.why')}</p>
      <p class="origin">
        <code>{origin}</code>
      </p>
      <p class="muted">{t('grant.scope')}</p>
      {state === 'asking' && (
        <button type="button" id="allow" onClick={allow}>
          {t('grant.allow')}
        </button>
      )}
      {state === 'granted' && (
        <p class="ok" role="status">
          {t('grant.granted')}
        </p>
      )}
      {state === 'refused' && (
        <p class="fail" role="status">
          {t('grant.refused')}
        </p>
      )}
      {state === 'failed' && (
        <p class="fail" role="alert">
          {t('grant.failed', { raw: error })}
        </p>
      )}
      <button type="button" class="secondary" onClick={() => void closeThisTab()}>
        {t('grant.close')}
      </button>
    </main>
  );
}
