/**
 * Problem → diagnosis: what came back (verbatim), the likely cause, the fix as steps with links
 * to the school's own GetCourse pages, and the fact-sheet source. Every Problem gets an entry;
 * one we cannot explain is shown raw ("unknown, here is what came back"), never swallowed.
 */
import type { Problem } from '@/utils/problem';
import type { Lang } from '@/utils/i18n-core';
import { plural } from '@/utils/plural';
import { DIAGNOSIS_SOURCE, pageHref, pickDiagnosis, type DiagnosisContext, type DiagnosisId } from '@/utils/diagnosis-rules';
import { diagnosisRu, type DiagnosisTexts } from './diagnosis-ru';
import { diagnosisEn } from './diagnosis-en';

export { DIAGNOSIS_IDS, pickDiagnosis, type DiagnosisContext, type DiagnosisId } from '@/utils/diagnosis-rules';

export const DIAGNOSIS_TEXTS: Record<Lang, DiagnosisTexts> = { ru: diagnosisRu, en: diagnosisEn };

export interface DiagnosisStep {
  text: string;
  href?: string;
}

export interface Diagnosis {
  id: DiagnosisId;
  title: string;
  /** exactly what GetCourse or the network answered (status, content type, text) */
  answered: string;
  cause: string;
  steps: DiagnosisStep[];
  /** fact-sheet sections the entry rests on */
  source: string;
}

export interface DiagnoseOptions extends DiagnosisContext {
  lang?: Lang;
}

const SHOWN_LIMIT = 300;
const clip = (text: string) => (text.length > SHOWN_LIMIT ? `${text.slice(0, SHOWN_LIMIT)}…` : text);

/** PHP's notice names the missing key: "Undefined index: email" (fact sheet E.3). */
function missingFieldName(raw: string): string | undefined {
  return /undefined index:?\s*["'«]?([^\s"'»,;]{1,64})/i.exec(raw)?.[1];
}

function describeAnswer(texts: DiagnosisTexts, lang: Lang, problem: Problem): string {
  const parts: string[] = [];
  if (typeof problem.status === 'number' && problem.status > 0) parts.push(`HTTP ${problem.status}`);
  else if (problem.code === 'redirect') parts.push('HTTP 3xx'); // the browser hides an unfollowed redirect as status 0
  if (typeof problem.contentType === 'string' && problem.contentType) parts.push(clip(problem.contentType));
  if (typeof problem.raw === 'string')
    parts.push(problem.raw === '' ? texts.emptyBody : lang === 'ru' ? `«${clip(problem.raw)}»` : `“${clip(problem.raw)}”`);
  return parts.length ? parts.join(', ') : texts.noAnswer;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

export function diagnose(problem: Problem, options: DiagnoseOptions = {}): Diagnosis {
  const lang: Lang = options.lang === 'en' ? 'en' : 'ru';
  const texts = DIAGNOSIS_TEXTS[lang];
  const safe: Problem = problem && typeof problem === 'object' ? problem : { code: 'unknown', raw: String(problem) };
  const id = pickDiagnosis(safe, options);
  const entry = texts.entries[id];
  const raw = typeof safe.raw === 'string' ? clip(safe.raw) : '—';
  const seconds = typeof safe.seconds === 'number' && Number.isFinite(safe.seconds) ? safe.seconds : undefined;
  const vars = {
    raw,
    status: typeof safe.status === 'number' ? String(safe.status) : '—',
    duration: seconds === undefined ? '—' : plural(lang, seconds, texts.seconds),
    field: missingFieldName(raw) ?? texts.someField,
  };
  return {
    id,
    title: entry.title,
    answered: describeAnswer(texts, lang, safe),
    cause: fill(entry.cause, vars),
    steps: entry.steps.map((step) => {
      const href = step.page ? pageHref(step.page, options.host) : undefined;
      return href ? { text: fill(step.text, vars), href } : { text: fill(step.text, vars) };
    }),
    source: DIAGNOSIS_SOURCE[id],
  };
}

/** One paragraph for places with room for text only (the popup's key check). */
export function explainProblem(lang: Lang, problem: Problem, context: DiagnosisContext = {}): string {
  const texts = DIAGNOSIS_TEXTS[lang === 'en' ? 'en' : 'ru'];
  const d = diagnose(problem, { ...context, lang });
  const steps = d.steps.map((step, i) => `${i + 1}) ${step.text}`).join(' ');
  return `${d.title}. ${d.cause} ${texts.answeredLabel}: ${d.answered}. ${texts.fixLabel}: ${steps}`;
}
