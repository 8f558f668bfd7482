/**
 * The watch's notification (issue 21, part 2): the school, the step and the catalogue entry's
 * title, in the interface language; a return to passing says so. The title comes from the same
 * table as the diagnosis the click opens (utils/locales/diagnosis-titles.ts).
 */
import { DIAGNOSIS_TITLES } from '@/utils/locales/diagnosis-titles';
import { pickDiagnosis } from '@/utils/diagnosis-rules';
import type { Lang } from '@/utils/i18n-core';
import type { Problem } from '@/utils/problem';
import type { WatchChange, WatchStepId } from '@/utils/watch';

const TEXTS = {
  ru: {
    broken: (host: string) => `Подключение ${host} к Albato сломалось`,
    fixed: (host: string) => `Подключение ${host} к Albato снова работает`,
    step: { address: 'Адрес школы', key: 'API-ключ', write: 'Запись через API', plan: 'Тариф школы', rights: 'Права администратора' },
    passes: 'проверка снова проходит',
    open: 'Нажмите, чтобы открыть проверку с объяснением.',
  },
  en: {
    broken: (host: string) => `${host}'s connection to Albato broke`,
    fixed: (host: string) => `${host}'s connection to Albato works again`,
    step: { address: 'School address', key: 'API key', write: 'Writing through the API', plan: 'School plan', rights: 'Admin rights' },
    passes: 'the check passes again',
    open: 'Click to open the check with the explanation.',
  },
} satisfies Record<Lang, { step: Record<WatchStepId, string> } & Record<string, unknown>>;

export interface Notice {
  title: string;
  message: string;
}

/**
 * `problem`: the failing step's problem from the run that confirmed it (its raw text picks the
 * catalogue entry, as in the check); `keyWorkedBefore`: the key passed before, so a refusal now reads
 * as a deleted key (B.3).
 */
export function noticeFor(lang: Lang, host: string, change: WatchChange, problem: Problem | undefined, keyWorkedBefore: boolean): Notice {
  const texts = TEXTS[lang];
  if (change.to === 'pass') return { title: texts.fixed(host), message: `${texts.step[change.step]}: ${texts.passes}.` };
  const cause = problem ? DIAGNOSIS_TITLES[lang][pickDiagnosis(problem, { keyAcceptedBefore: keyWorkedBefore })] : '';
  return { title: texts.broken(host), message: `${texts.step[change.step]}${cause ? `: ${cause}` : ''}. ${texts.open}` };
}
