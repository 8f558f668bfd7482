/**
 * Shadow-root styles for the in-page UI. px only: rem would follow GetCourse's <html> font size.
 * Only the background imports this module: it sends the styles with the settings and strings, so
 * the content scripts carry none of them (README, "Performance"); views name the style they use.
 */
const base = `
:host { all: initial; font: 13px/18px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f2937; }
button { font: inherit; font-size: 12px; padding: 1px 8px; margin-left: 6px; border: 1px solid #2563eb; border-radius: 4px; background: #eff6ff; color: #1d4ed8; cursor: pointer; }
button:focus-visible { outline: 2px solid #f59e0b; outline-offset: 1px; }
.gc-refused { color: #b91c1c; font-size: 12px; margin-left: 6px; }
code { font: 12px/16px ui-monospace, 'DejaVu Sans Mono', monospace; background: #f3f4f6; padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
`;

export const WARNING_CSS = `${base}
:host { display: block; margin: 2px 0 0; }
.gc-warning { display: inline-block; max-width: 640px; padding: 2px 6px; border-left: 3px solid #d97706; background: #fffbeb; }
.gc-warning > span { margin-right: 4px; }
.gc-why { display: block; color: #4b5563; font-size: 12px; }
.gc-fix { white-space: nowrap; }
.gc-suffixed, .gc-status { color: #4b5563; font-size: 12px; }
.gc-ok { border-left-color: #059669; background: #ecfdf5; }
.gc-calm { border-left-color: #9ca3af; background: #f9fafb; color: #4b5563; }
.gc-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* In the field list: on the label's line, one line at most (issue 24); the name and the button stay whole, the problems give way. */
:host(.gc-in-list) { display: inline-block; max-width: 100%; margin: 0 0 0 8px; vertical-align: baseline; }
.gc-compact { display: inline-flex; box-sizing: border-box; max-width: 100%; align-items: baseline; white-space: nowrap; padding: 0 6px; }
.gc-compact > .gc-what { flex: 0 1 auto; min-width: 32px; overflow: hidden; text-overflow: ellipsis; }
.gc-compact > .gc-fix { flex: 0 1 auto; min-width: 48px; overflow: hidden; text-overflow: ellipsis; }
.gc-compact > button, .gc-compact > .gc-status { flex: none; }
.gc-compact > .gc-status:empty { display: none; }
`;

export const SUMMARY_CSS = `${base}
:host { display: block; margin: 0 0 12px; }
/* One line (issue 24): the title, the action and the «▸» of each part; a part opened takes a row of its own below. */
.gc-summary { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 14px; row-gap: 2px; max-width: 1200px; box-sizing: border-box; padding: 6px 12px; border: 1px solid #d1d5db; border-left: 4px solid #d97706; border-radius: 4px; background: #fffbeb; }
.gc-summary.gc-good { border-left-color: #059669; background: #ecfdf5; }
.gc-summary > button { margin-left: 0; }
.gc-title { font-weight: 600; font-size: 14px; }
.gc-summary p { margin: 4px 0; }
.gc-summary > details[open], .gc-summary > .gc-state-problem { order: 1; flex-basis: 100%; }
.gc-summary > details > summary { cursor: pointer; color: #1d4ed8; font-size: 12px; }
.gc-summary > details[open] > summary { margin: 4px 0 0; }
textarea { box-sizing: border-box; width: 100%; min-height: 60px; max-height: 200px; font: 12px/16px ui-monospace, 'DejaVu Sans Mono', monospace; }
.gc-note, .gc-status { color: #4b5563; font-size: 12px; }
.gc-renamed { margin: 4px 0; padding-left: 18px; max-height: 240px; overflow: auto; }
`;

export const MARKER_CSS = `${base}
.gc-marker { box-sizing: border-box; position: fixed; right: 12px; bottom: 12px; z-index: 2147483000; max-width: 320px; padding: 6px 10px; border-radius: 6px; background: #1f2937; color: #f9fafb; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25); }
`;

export const OFFER_CSS = `${base}
:host { display: inline-block; margin: 2px 0 2px 8px; vertical-align: middle; }
.gc-offer { display: inline-block; padding: 1px 6px; border-left: 3px solid #2563eb; background: #eff6ff; }
.gc-offer.gc-missing { border-left-color: #d97706; background: #fffbeb; }
.gc-status { color: #4b5563; font-size: 12px; margin-left: 4px; }
`;

export const OFFER_NOTE_CSS = `${base}
:host { display: block; margin: 0 0 8px; }
.gc-offer-note { max-width: 760px; margin: 0; padding: 4px 8px; border-left: 3px solid #2563eb; background: #eff6ff; }
`;

export const PROCESS_CSS = `${base}
:host { display: block; margin: 4px 0; }
.gc-process { display: block; max-width: 640px; padding: 4px 8px; border-left: 3px solid #2563eb; background: #eff6ff; }
.gc-process.gc-bad { border-left-color: #d97706; background: #fffbeb; }
.gc-process.gc-ok { border-left-color: #059669; background: #ecfdf5; }
.gc-albato { font-weight: 600; color: #065f46; }
.gc-note { color: #4b5563; font-size: 12px; margin: 2px 0; }
.gc-finding { margin: 4px 0; padding: 2px 6px; border-left: 3px solid #d97706; background: #fffbeb; }
ul { margin: 2px 0 2px 18px; padding: 0; }
.gc-test > button:first-child { margin-left: 0; }
details.gc-vars > summary { cursor: pointer; }
pre { margin: 4px 0; padding: 4px 6px; max-height: 160px; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; font: 12px/16px ui-monospace, 'DejaVu Sans Mono', monospace; background: #fff; border: 1px solid #d1d5db; }
.gc-answer { margin: 6px 0 2px; }
.gc-diagnose { max-width: 640px; margin: 2px 0; font-size: 12px; color: #4b5563; }
.gc-diagnose textarea { box-sizing: border-box; width: 100%; min-height: 60px; max-height: 200px; font: 12px/16px ui-monospace, 'DejaVu Sans Mono', monospace; }
.gc-status { color: #4b5563; font-size: 12px; margin-left: 4px; }
`;

/** Every in-page style by name: what `shadowHost(kind, style)` is given. */
export const CONTENT_STYLES = {
  warning: WARNING_CSS,
  summary: SUMMARY_CSS,
  marker: MARKER_CSS,
  offer: OFFER_CSS,
  offerNote: OFFER_NOTE_CSS,
  process: PROCESS_CSS,
};

export type ContentStyles = typeof CONTENT_STYLES;
export type StyleName = keyof ContentStyles;

/** Every style's name: what a page may ask for (its features' `needs`). */
export const STYLE_NAMES = Object.keys(CONTENT_STYLES) as [StyleName, ...StyleName[]];
