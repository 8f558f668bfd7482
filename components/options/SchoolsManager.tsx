import { useEffect, useState } from 'preact/hooks';
import { ConnectionCheck } from '@/components/popup/ConnectionCheck';
import { SchoolForm } from '@/components/popup/SchoolForm';
import { createT, type Lang } from '@/components/shared/i18n';
import { UI_TO_BG } from '@/utils/message-names';
import type { SchoolView } from '@/utils/messages';
import type { WatchView } from '@/utils/watch';
import { sendToBackground } from '@/components/shared/send';
import { WatchControl } from './WatchControl';
import { watchReportJson, watchReportText } from './watch-report';

/** The school a watch's notification named (`#school=<id>`, entrypoints/background/watch/runner.ts). */
const shownSchool = () => new URLSearchParams(location.hash.slice(1)).get('school');

/** Every saved school: masked key, where it is kept, "remember" on/off, its check, remove; add one; clear everything. */
export function SchoolsManager({ lang }: { lang: Lang }) {
  const t = createT(lang);
  const [schools, setSchools] = useState<SchoolView[] | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState('');
  const [watches, setWatches] = useState<Record<string, WatchView>>({});
  const load = () => {
    void sendToBackground({ type: UI_TO_BG.listSchools }).then((reply) => setSchools(reply.ok ? reply.schools : []));
    void sendToBackground({ type: UI_TO_BG.listWatches }).then((reply) =>
      setWatches(reply.ok ? Object.fromEntries(reply.watches.map((w) => [w.schoolId, w])) : {}),
    );
  };
  useEffect(load, []);
  const watchChanged = (watch: WatchView) => setWatches((all) => ({ ...all, [watch.schoolId]: watch }));

  const setRemember = async (school: SchoolView, remember: boolean) => {
    const reply = await sendToBackground({ type: UI_TO_BG.saveSchool, id: school.id, name: school.name, origin: school.origin, remember });
    setStatus(
      reply.ok
        ? t(remember ? 'options.keyRememberedNow' : 'options.keySessionNow', { name: school.name })
        : (reply.problem.raw ?? reply.problem.code),
    );
    load();
  };
  const remove = async (school: SchoolView) => {
    await sendToBackground({ type: UI_TO_BG.removeSchool, id: school.id });
    setStatus(t('options.removed', { name: school.name }));
    load();
  };
  const clearAll = async () => {
    if (!confirmClear) return setConfirmClear(true);
    await sendToBackground({ type: UI_TO_BG.clearAllData });
    setConfirmClear(false);
    setStatus(t('options.cleared'));
    load();
  };

  if (!schools) return null;
  return (
    <section id="schools" aria-labelledby="schools-title">
      <h2 id="schools-title">{t('options.schools')}</h2>
      {schools.length === 0 ? (
        <p class="muted">{t('options.noSchools')}</p>
      ) : (
        <ul class="schools">
          {schools.map((school) => (
            <SchoolRow
              key={school.id}
              school={school}
              lang={lang}
              watch={watches[school.id]}
              shown={shownSchool() === school.id}
              onRemember={(remember) => setRemember(school, remember)}
              onRemove={() => void remove(school)}
              onWatchChanged={watchChanged}
            />
          ))}
        </ul>
      )}
      <WatchReport lang={lang} schools={schools} watches={watches} onCopied={() => setStatus(t('watch.reportCopied'))} />
      <details>
        <summary>{t('options.addSchool')}</summary>
        <SchoolForm lang={lang} draft={{ name: '', origin: 'https://', remember: false }} keyRequired onSaved={() => load()} />
      </details>
      <p>
        <button type="button" id="clear-all" class="secondary" onClick={() => void clearAll()}>
          {confirmClear ? t('options.clearConfirm') : t('options.clear')}
        </button>
      </p>
      <p class="muted">{t('options.clearHint')}</p>
      {status && (
        <p id="schools-status" role="status">
          {status}
        </p>
      )}
    </section>
  );
}

/** One school: its masked key (or why it was dropped), "remember", forget, and its connection check. */
function SchoolRow({
  school,
  lang,
  watch,
  shown,
  onRemember,
  onRemove,
  onWatchChanged,
}: {
  school: SchoolView;
  lang: Lang;
  watch: WatchView | undefined;
  /** a watch's notification named this school: it is scrolled to, with its check open */
  shown: boolean;
  onRemember: (remember: boolean) => Promise<void>;
  onRemove: () => void;
  onWatchChanged: (watch: WatchView) => void;
}) {
  const t = createT(lang);
  return (
    <li
      data-school-id={school.id}
      ref={(row) => {
        if (shown) row?.scrollIntoView({ block: 'start' });
      }}
    >
      <strong>{school.name}</strong> <span class="muted">{school.origin}</span>
      <br />
      <span class="key-mask">{school.maskedKey ? t('check.keySaved', { mask: school.maskedKey }) : t('check.noKey')}</span>
      {!school.maskedKey && school.keyDroppedFrom && (
        <span class="fail key-dropped"> {t('check.keyDropped', { from: school.keyDroppedFrom })}</span>
      )}
      <label class="choice">
        <input type="checkbox" class="remember" checked={school.remember} onChange={(e) => void onRemember(e.currentTarget.checked)} />{' '}
        {t('check.remember')}
      </label>
      <button type="button" class="secondary remove" onClick={onRemove}>
        {t('check.forget')}
      </button>
      {watch && school.maskedKey && (
        <WatchControl lang={lang} watch={watch} onRemember={() => onRemember(true)} onChanged={onWatchChanged} />
      )}
      {school.maskedKey && (
        <details class="check" open={shown}>
          <summary>{t('check.run')}</summary>
          <ConnectionCheck schoolId={school.id} origin={school.origin} lang={lang} lastReport={null} />
        </details>
      )}
    </li>
  );
}

/** Schools at a glance, key-free: copied as text or downloaded as JSON, once some school is watched. */
function WatchReport({
  lang,
  schools,
  watches,
  onCopied,
}: {
  lang: Lang;
  schools: SchoolView[];
  watches: Record<string, WatchView>;
  onCopied: () => void;
}) {
  const t = createT(lang);
  if (!Object.values(watches).some((watch) => watch.period)) return null;
  return (
    <p class="watch-report">
      <button
        type="button"
        class="secondary copy-watch-report"
        onClick={() => void navigator.clipboard.writeText(watchReportText(lang, schools, watches)).then(onCopied)}
      >
        {t('watch.copyReport')}
      </button>{' '}
      <button
        type="button"
        class="secondary download-watch-report"
        onClick={() => downloadReport(watchReportJson(schools, watches, new Date()))}
      >
        {t('watch.downloadReport')}
      </button>
    </p>
  );
}

/** The schools report as a JSON file (no key is ever in it). */
function downloadReport(json: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = 'gc-albato-schools.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
