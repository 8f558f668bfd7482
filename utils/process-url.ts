/**
 * Reading the URL of a GetCourse «Вызвать URL» operation (fact sheet C.5, D): is it an Albato
 * webhook, which `{object.…}` variables it carries, and which of them will hurt in Albato.
 * Pure: no DOM. Every GetCourse or Albato guess is in the tables below, with its source.
 */

/** The object a process works on (fact sheet: processes by type); every other list of kinds derives from this one. */
export const PROCESS_KINDS = ['user', 'deal'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];
export const isProcessKind = (value: unknown): value is ProcessKind => (PROCESS_KINDS as readonly unknown[]).includes(value);

/**
 * Albato webhook hosts and path prefixes: `https://h.albato.ru/wh/<n>/<id>/<token>/`, the same on
 * h.albato.com, and the older `/h/<n>/…` (fact sheet E.2 [3P]; recognising them is [INF]).
 */
const ALBATO_HOSTS = new Set(['h.albato.ru', 'h.albato.com']);
const ALBATO_PATH = /^\/(wh|h)\/\d+\//;

export function isAlbatoWebhook(url: string): boolean {
  try {
    const parsed = new URL(url.replace(/\{[^}]*\}/g, 'x'));
    return parsed.protocol === 'https:' && ALBATO_HOSTS.has(parsed.hostname) && ALBATO_PATH.test(parsed.pathname);
  } catch {
    return false;
  }
}

interface VariableFact {
  /** which processes know it: user processes (object = user) or order processes (object = deal) */
  kind: ProcessKind;
  /** formatted money with a space and a currency: text, not a number (fact sheet D.3) */
  formattedMoney?: boolean;
  /** the plain-number variable to use instead */
  numericTwin?: string;
}

/**
 * Documented variables (fact sheet D.1 [DOC getcourse.io/blog/759199]); DE copy adds the managers.
 * What each carries is in the locale files under `processVars` (utils/locales/ru.ts, en.ts).
 */
export const PROCESS_VARIABLES: Record<string, VariableFact> = {
  first_name: { kind: 'user' },
  last_name: { kind: 'user' },
  name: { kind: 'user' },
  email: { kind: 'user' },
  phone: { kind: 'user' },
  city: { kind: 'user' },
  avatar_url: { kind: 'user' },
  personal_manager: { kind: 'user' },
  personal_manager_email: { kind: 'user' },
  personal_manager_phone: { kind: 'user' },
  number: { kind: 'deal' },
  positions: { kind: 'deal' },
  offers: { kind: 'deal' },
  cost_money: { kind: 'deal', formattedMoney: true, numericTwin: 'cost_money_value' },
  cost_money_value: { kind: 'deal' },
  left_cost_money: { kind: 'deal' },
  payed_money: { kind: 'deal' },
  status: { kind: 'deal' },
  payment_link: { kind: 'deal' },
  promocode: { kind: 'deal' },
};
/** `id` names the object itself in both kinds (D.1). */
const BOTH_KINDS = new Set(['id']);

export interface UrlVariable {
  /** as written, braces included: `{object.cost_money}` */
  raw: string;
  /** after `object.`: `cost_money`, `user.email`, `Город проживания` */
  path: string;
  /** the variable's name without `user.`: `cost_money`, `email` */
  name: string;
  /** documented variable, or null for a custom field (by its title, D.1) or something unknown */
  fact: VariableFact | null;
  /** what the variable refers to in a process of the given kind */
  refersTo: ProcessKind | 'unknown';
}

/** `{object.x}` and `{object.x format='…'}` (D.1, D.2); other braces are left alone. */
const VARIABLE = /\{object\.([^{}\s'"][^{}]*?)(?:\s+format=(?:'[^']*'|"[^"]*"))?\}/g;

export function urlVariables(template: string, processKind: ProcessKind): UrlVariable[] {
  const found: UrlVariable[] = [];
  for (const match of template.matchAll(VARIABLE)) {
    const path = match[1]!.trim();
    let refersTo: UrlVariable['refersTo'] = processKind;
    let name = path;
    // In order processes the user is reached through object.user.* (D.1, D.2).
    if (path.startsWith('user.')) {
      refersTo = processKind === 'deal' ? 'user' : 'unknown';
      name = path.slice(5);
    }
    const fact: VariableFact | null = BOTH_KINDS.has(name)
      ? { kind: refersTo === 'unknown' ? processKind : refersTo }
      : (PROCESS_VARIABLES[name] ?? null);
    found.push({ raw: match[0], path, name, fact, refersTo });
  }
  return found;
}

export type FindingCode = 'formatted-money' | 'wrong-kind' | 'custom-field-wrong-kind' | 'unknown-variable';

export interface Finding {
  code: FindingCode;
  variable: UrlVariable;
  /** the variable to use instead, braces included, when there is one */
  replacement?: string;
}

/**
 * What will go wrong in Albato: formatted money where a number is expected (D.3, Albato help),
 * a variable of the other object kind (E.1: user fields reach Albato only through user triggers,
 * order fields only through order triggers), a custom field that belongs to the other kind
 * (when the school's fields are known), or a name GetCourse will not fill.
 */
export function checkCallUrl(
  template: string,
  processKind: ProcessKind,
  customFields?: { user: readonly string[]; deal: readonly string[] },
): Finding[] {
  const findings: Finding[] = [];
  for (const variable of urlVariables(template, processKind)) {
    const { fact } = variable;
    if (fact) {
      const expected = variable.refersTo === 'unknown' ? null : variable.refersTo;
      if (expected === null || fact.kind !== expected) findings.push({ code: 'wrong-kind', variable });
      else if (fact.formattedMoney && fact.numericTwin)
        findings.push({
          code: 'formatted-money',
          variable,
          replacement: variable.raw.replace(
            /object\.(user\.)?[^}\s]+/,
            `object.${variable.path.startsWith('user.') ? 'user.' : ''}${fact.numericTwin}`,
          ),
        });
      continue;
    }
    const title = variable.path.startsWith('user.') ? variable.path.slice(5) : variable.path;
    const inUser = customFields?.user.includes(title) ?? false;
    const inDeal = customFields?.deal.includes(title) ?? false;
    const wants = variable.refersTo;
    if (customFields && (inUser || inDeal)) {
      if ((wants === 'user' && !inUser) || (wants === 'deal' && !inDeal) || wants === 'unknown')
        findings.push({ code: 'custom-field-wrong-kind', variable });
    } else if (customFields) findings.push({ code: 'unknown-variable', variable });
  }
  return findings;
}

/**
 * The longest «Вызвать URL» template the extension checks in full, sends as a test call or
 * remembers: its messages to the background carry no more (the contract's schemas, utils/contract.ts).
 */
export const MAX_CALL_URL_LENGTH = 4096;

export type UrlTextNote = 'too-long' | 'invisible-characters';

/** Zero-width and text-direction marks: invisible in the field, sent by GetCourse as they are. */
const INVISIBLE_CHARACTERS = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** What is wrong with the template as text, before any variable is read. */
export function urlTextNotes(template: string): UrlTextNote[] {
  const notes: UrlTextNote[] = [];
  if (template.length > MAX_CALL_URL_LENGTH) notes.push('too-long');
  if (INVISIBLE_CHARACTERS.test(template)) notes.push('invisible-characters');
  return notes;
}
