/**
 * How much a GetCourse page may make the extension remember (README, Security: "Storage a page
 * can fill"). Any school's pages can run a script of their owner's, and the content script
 * forwards what the page shows; what the background keeps from that ("page-learned data": field
 * titles, offers, call URLs, process kinds) is bounded here, per message, per school and in total.
 *
 * Plain numbers, no zod: the content scripts import them to cut what they send to what the
 * background accepts (the contract's schemas, `utils/contract.ts`, refuse anything longer), and the background's
 * stores and budget (`entrypoints/background/page-data.ts`) use the same ones.
 */

/**
 * A custom field's title. The sandbox's save cuts titles at 255 characters, as a VARCHAR(255)
 * column would, and a test import's text fields are held to the same 255 (`IMPORT_LIMITS.text`).
 */
export const FIELD_TITLE_MAX = 255;

/**
 * Titles of one kind (user or order) in one message and per school. A real school has tens of
 * fields; GetCourse's editor builds every field's settings panel up front (custom-form editor),
 * and at 1 000 fields the page is already the heaviest the bench measures (README, Performance).
 */
export const FIELDS_PER_CONTEXT_MAX = 1000;

/**
 * A «Вызвать URL» address remembered for the popup's webhook test: 2 048 characters, the length
 * commonly treated as the safe maximum for a URL. An Albato webhook is about 50 characters, a
 * dozen `{object.…}` variables a few hundred more. (Test this URL itself still sends up to
 * MAX_CALL_URL_LENGTH, 4 096: that is the admin's click, not something the page makes us keep.)
 */
export const CALL_URL_MAX = 2048;
/** Addresses remembered per process: one per «Вызвать URL» block. */
export const CALL_URLS_PER_PROCESS_MAX = 20;
/** Processes with remembered addresses per school; the least recently seen go first. */
export const PROCESSES_WITH_CALL_URLS_MAX = 200;

/** Process kinds (user / order) per school; the least recently seen go first. */
export const PROCESS_KINDS_MAX = 2000;

/** Offers in one message (the offers list shows one page of its grid at a time). */
export const OFFERS_PER_MESSAGE_MAX = 500;
/** Offers remembered per school; the least recently seen go first. */
export const OFFERS_MAX = 1000;
/**
 * An offer's title and «Уникальный код предложения»: 255, like field titles. GetCourse's own limit
 * for these is not documented; an Albato-ready code is short (a few dozen characters).
 */
export const OFFER_TITLE_MAX = 255;
export const OFFER_CODE_MAX = 255;
/** The price as the page shows it («12 000 руб.»). */
export const OFFER_PRICE_MAX = 100;

/**
 * Bytes of page-learned data one school may hold, all kinds together. A large real school
 * (250 fields, 300 offers, 500 processes) needs about 140 kB; a quarter of the total budget
 * means the school being worked on always fits beside at least three others.
 */
export const PAGE_DATA_SCHOOL_BYTES = 256 * 1024;

/**
 * Bytes of page-learned data of all schools together, counted as Chrome counts `storage.local`
 * (key plus its JSON, UTF-8). Chrome gives an extension 10 MiB there, and what the admin made —
 * saved schools, settings, connection reports, the history (up to 100 requests per school) and
 * the export-API budget — must always have room: pages get a tenth, and when a write would go
 * past it, the least recently used school's page data goes first.
 */
export const PAGE_DATA_BUDGET_BYTES = 1024 * 1024;

/** Schools with page-learned data at one time (each costs an entry in the usage index too). */
export const PAGE_DATA_SCHOOLS_MAX = 200;
