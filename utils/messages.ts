/**
 * The shapes replies carry (schools, offers, answers, reports, problems) and each reply's type.
 * Requests and which reply answers which are in the contract (utils/contract.ts); the names in
 * utils/message-names.ts. No zod here, so content scripts can import it.
 */
import type { ContentStyles } from '@/utils/content-styles';
import type { Settings } from './settings';
import type { CheckReport, StepResult } from './connection-check';
import type { WatchView } from './watch';
import type { HistoryEntry } from './history-entry';
import type { HistoryNotKept, Problem } from './problem';
import type { Lang } from './i18n-core';
import type { ContentMessages } from './locales/ru';
import type { CHECK_PORT_MESSAGES } from './message-names';
import type { ProcessKind } from './process-url';

/** An offer as read from a GetCourse page (strings as shown there). */
export interface OfferSeen {
  id: string;
  title: string;
  code: string;
  price: string;
}

export type SchoolFieldsReply = { ok: true; fields: Record<ProcessKind, string[] | null> } | Failure;

/** What one admin click in the page may make the background do (entrypoints/background/click-tokens.ts). */
export type ClickAction = 'confirm-call';

export type ClickTokenReply = { ok: true; token: string } | Failure;

export interface CallUrlAnswer {
  /** the URL as sent, variables filled */
  url: string;
  method: 'GET' | 'POST';
  status: number;
  ms: number;
  contentType: string;
  /** the answer's headers (at most 40), as the popup shows them */
  headers: [string, string][];
  /** the first 500 characters */
  body: string;
  /** present when the call could not be kept in the history */
  historyNotKept?: HistoryNotKept;
}

export type TestCallUrlReply = { ok: true; answer: CallUrlAnswer } | Failure;

export type CallUrlsReply = { ok: true; urls: { processId: string; url: string; kind: ProcessKind | null }[] } | Failure;

export type HistoryReply = { ok: true; entries: HistoryEntry[] } | Failure;

export type TestImportReply =
  | {
      ok: true;
      ms: number;
      result: {
        userId: number | null;
        userStatus: string | null;
        dealId: number | null;
        dealNumber: string | null;
        paymentLink: string | null;
      };
      /** GetCourse's answer as it came (first 4000 characters), for "what GetCourse said" */
      raw: string;
      /** present when the import could not be kept in the history */
      historyNotKept?: HistoryNotKept;
    }
  | Failure;

export type ImportCurlReply = { ok: true; curl: string } | Failure;

export type ProcessKindReply = { ok: true; kind: ProcessKind | null } | Failure;

export interface RememberedOffer extends OfferSeen {
  seenAt: number;
}

export type OffersReply = { ok: true; offers: RememberedOffer[] } | Failure;

/** A school as the extension pages see it: never the key, only its masked form. */
export interface SchoolView {
  id: string;
  name: string;
  origin: string;
  remember: boolean;
  addedAt: number;
  /** `abcd…wxyz`, or null when no key is kept for it in this browser */
  maskedKey: string | null;
  /** the address its key was saved for, when the school moved from there without a new key (the key was dropped) */
  keyDroppedFrom?: string;
}

export type SchoolsReply = { ok: true; schools: SchoolView[] } | Failure;
export type SchoolReply = { ok: true; school: SchoolView } | Failure;
export type DoneReply = { ok: true } | Failure;
export type LastCheckReply = { ok: true; report: CheckReport | null } | Failure;
export type WatchesReply = { ok: true; watches: WatchView[] } | Failure;
export type WatchReply = { ok: true; watch: WatchView } | Failure;

/** Port messages of "Check connection" (CHECK_PORT). */
export type CheckPortMessage =
  | { type: typeof CHECK_PORT_MESSAGES.step; step: StepResult }
  | { type: typeof CHECK_PORT_MESSAGES.done; report: CheckReport }
  | { type: typeof CHECK_PORT_MESSAGES.refused; problem: Problem };

export type Failure = { ok: false; problem: Problem };

export type SettingsReply = { ok: true; settings: Settings } | Failure;
/**
 * The content script's settings with the language chosen, and the sections of its strings
 * (utils/locales/content.ts) and the styles it asked for: the content scripts carry none of their own.
 */
export type PageSettingsReply =
  { ok: true; settings: Settings; lang: Lang; strings: Partial<ContentMessages>; styles: Partial<ContentStyles> } | Failure;
