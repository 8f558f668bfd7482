import type { ContentMessages } from './ru';

/** English, second language. Same keys as ru.ts: a missing or extra key is a type error. */
export const enContent: ContentMessages = {
  appTitle: 'GetCourse → Albato',
  pageKind: {
    'user-fields': 'User custom fields',
    'deal-fields': 'Order custom fields',
    'offers-list': 'Offers list',
    'offer-edit': 'Offer settings',
    'processes-list': 'Processes list',
    'process-settings': 'Process settings',
    'process-editor': 'Process editor',
    'api-keys': 'API keys',
  },
  marker: {
    recognised: 'Albato helper: page recognised — {page}',
  },
  common: {
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy — select the text by hand',
  },
  offers: {
    code: 'Offer code for Albato:',
    noCode:
      'No code: Albato cannot create an order with this offer. Set «Уникальный код предложения» (the offer’s unique code) in the offer settings and save.',
    openSettings: 'Open the offer settings',
  },
  processes: {
    approvedOff:
      '«Одобрено» (approved) is unticked: objects do not pass through the process, and a test request will not reach Albato. Tick it and save the process.',
    approvedOn: '«Одобрено» is ticked: objects pass through the process.',
    albato: 'Albato webhook',
    notAlbato: 'This address does not look like an Albato webhook (h.albato.ru / h.albato.com).',
    variables: 'Variables in the address:',
    customOrUnknown: 'custom field (by its full title) or an unknown variable',
    formattedMoney:
      '{variable} is the cost with currency, text (“1 500 руб.”): a numeric field in Albato keeps only the part before the space. Use {replacement}, the cost without currency.',
    swap: 'Replace with {replacement}',
    swapped: 'Replaced in the field. Save the process to apply it.',
    wrongKind: '{variable} will stay empty: the process works with “{processKind}” objects, and this variable is for “{variableKind}”.',
    customWrongKind:
      '{variable} is a {fieldKind} custom field, and the process works with “{processKind}” objects: user fields reach Albato only with user triggers, order fields only with order triggers.',
    fieldKindUser: 'user',
    fieldKindDeal: 'order',
    unknownVariable: '{variable}: the school has no such custom field — GetCourse will put an empty value. Check the field’s full title.',
    kindUser: 'Users',
    kindDeal: 'Orders',
    kindUnknown:
      'The process’s object type (users or orders) is unknown: the editor does not show it and the list of processes by type could not be read. Only the cost with currency was checked.',
  },
  /** What each documented «Вызвать URL» variable carries (fact sheet D.1); keys as in utils/process-url.ts. */
  processVars: {
    id: 'object ID',
    first_name: 'first name',
    last_name: 'last name',
    name: 'full name',
    email: 'email',
    phone: 'phone',
    city: 'city',
    avatar_url: 'avatar URL',
    personal_manager: 'personal manager',
    personal_manager_email: 'personal manager’s email',
    personal_manager_phone: 'personal manager’s phone',
    number: 'order number',
    positions: 'offer titles in the order',
    offers: 'offer IDs in the order',
    cost_money: 'cost with currency, text (“1 500 руб.”)',
    cost_money_value: 'cost without currency, a number',
    left_cost_money: 'left to pay',
    payed_money: 'paid',
    status: 'order status',
    payment_link: 'payment link',
    promocode: 'promo code',
  },
  callTest: {
    open: 'Test this URL',
    hide: 'Hide',
    previewUser: 'The process will send this call for a test user:',
    previewDeal: 'The process will send this call for a test order:',
    guessed: 'The process’s object type is unknown: the sample follows the variables in the URL.',
    noBody: 'No request body: GetCourse sends the data in the URL.',
    custom: 'sample for a custom field',
    empty: 'empty',
    send: 'Send…',
    status: 'HTTP {status} · {ms} ms',
    ok: 'The address accepted the call.',
    okAlbato: 'Albato accepted the call. Open the scenario in Albato and check that the test data arrived.',
    notFound: 'Address not found (404): the webhook was deleted or not copied whole. Copy it from Albato again.',
    refused: 'The address refused the call (HTTP {status}). Check that the whole address was copied.',
    serverError: 'The receiver failed (HTTP {status}). Try again later; if it repeats, check the scenario in Albato.',
    invalid: 'This is not an address: paste the whole URL, starting with https://.',
    insecure: 'Test calls are sent over https only: {raw}',
    failed: 'The call was not sent: {raw}',
    notClicked: 'Not opened: the extension acts only on your own click on its button. Press it again.',
    getcourseTarget:
      'Test calls from a school page do not go to GetCourse itself ({raw}), only to the service the process calls, such as Albato.',
    untypedTarget:
      'Not opened: you did not type {raw} in this field and the operation does not have it saved — the page’s script may have put it there. Type or paste the address yourself.',
    tooMany: 'Too many calls from this page in a minute. Try again in {seconds} s.',
    sendWhere:
      'The call opens in an extension tab: it shows where the call goes, you send it there, and the answer is shown there — the school’s page sees none of it.',
    opened: 'An extension tab with this call is open: check the address and press «Send a test call» there.',
  },
  /** A test import or call that went out but could not be kept in the history (popup and in-page view). */
  historyNotKept: {
    answer: 'Answer received, but not kept in the history: {reason}',
    request: 'Request not kept in the history: {reason}',
    'storage-full':
      'the extension’s storage is full. Free some space: clear the request history or forget the schools you no longer need in the extension’s settings.',
    'storage-failed': 'the extension’s storage refused the write.',
  },
  /** The «Вызвать URL» checks in the process editor's block modal (fact sheet R.2) and the offers list (R.3). */
  processModal: {
    tooLong:
      'The address is longer than 4096 characters: the extension sends no test call for it. Make sure the field holds only the webhook address.',
    invisible:
      'The address contains invisible characters (zero-width or text-direction marks). GetCourse sends them as they are and the call may not arrive: paste the address from Albato again.',
    foundTitle: 'How the «Вызвать URL» operation was found',
    form: 'block form',
    section: 'operation settings',
    url: 'URL field',
    method: 'method',
    viaForm: { class: 'by the class block-modal-window', radios: 'by the operationType radios' },
    viaSection: { 'data-attribute': 'by data-operation-type="common_get_url"', 'checked-radio': 'by the checked operation common_get_url' },
    viaUrl: { 'http-value': 'by a value starting with http(s)://', 'first-field': 'the first text field of the settings' },
    viaMethod: { select: 'a list with GET and POST', radios: 'GET and POST radios', none: 'not found, taken as GET' },
  },
  offerList: {
    note: 'This list shows no offer codes: each offer’s code is set in its settings, «Уникальный код предложения» (the offer’s unique code). Open an offer and the extension remembers its code and shows it here.',
    remembered: 'code from its settings:',
    noCode: 'no code in its settings',
  },
  fields: {
    problem: {
      empty: 'empty name',
      cyrillic: 'Cyrillic letters',
      spaces: 'spaces',
      'other-characters': 'characters other than Latin letters, digits and _',
      'leading-digit': 'starts with a digit',
      'too-long': 'longer than 64 characters',
      duplicate: 'another field has this name',
    },
    invisible: 'Albato will not see this field: {problems}.',
    visible: 'Albato will see this field.',
    why: 'Albato sees only custom fields named in Latin letters, with “_” instead of spaces.',
    suggestion: 'Latin name:',
    suffixed: '(suffix added: “{taken}” is taken)',
    useName: 'Use this name',
    summaryBad: {
      one: '{n} of {total} fields is invisible to Albato',
      other: '{n} of {total} fields are invisible to Albato',
    },
    summaryGood: { one: 'Albato sees the {n} field on this page', other: 'Albato sees all {n} fields on this page' },
    summaryEmpty: 'No custom fields on this page yet.',
    plan: { one: 'Rename plan: {n} field (old → new)', other: 'Rename plan: {n} fields (old → new)' },
    copyPlan: 'Copy plan',
    refresh: 'After renaming or adding fields, refresh the GetCourse connection in Albato, or Albato will not see them.',
    kindUser: 'User fields reach Albato only with user triggers.',
    kindDeal: 'Order fields reach Albato only with order triggers.',
    untitledOne: 'No title: Albato cannot map this field. Give it a title if Albato needs it.',
    untitled: {
      one: '{n} field has no title (a consent checkbox, for example): Albato cannot map it. Give it a title if Albato needs it.',
      other: '{n} fields have no title (consent checkboxes, for example): Albato cannot map them. Give a title to those Albato needs.',
    },
    stateUnreadable:
      'The page’s field list (#CustomFormValue) could not be read: the check uses the titles shown on the page, and renaming is off. Reload the page; if it happens again, attach “Diagnose this page” to your report.',
    renameAll: { one: 'Rename {n} field for Albato', other: 'Rename {n} fields for Albato' },
    renameHow:
      'The Latin names are typed into the editor’s title inputs as if you typed them. Nothing is saved until you press Save on the GetCourse page; until then you can undo.',
    renameBreaks:
      'Renaming breaks whatever used the old titles: addfields keys in imports and {object.<title>} variables in «Вызвать URL» processes. Fix those, then refresh the GetCourse connection in Albato.',
    renamedDone: {
      one: 'Renamed {n} field. Not saved yet: press Save on the GetCourse page, or undo.',
      other: 'Renamed {n} fields. Not saved yet: press Save on the GetCourse page, or undo.',
    },
    renameSkipped: {
      one: '{n} field could not be renamed here (its title input was not found or had changed): rename it from the plan below.',
      other: '{n} fields could not be renamed here (their title inputs were not found or had changed): rename them from the plan below.',
    },
    renamedShort: { one: '{n} field renamed — not saved', other: '{n} fields renamed — not saved' },
    showRenamed: 'list',
    planShort: 'plan',
    diagnose: 'diagnosis',
    more: 'more',
    undo: 'Undo',
    undone: { one: 'Put back {n} old title.', other: 'Put back {n} old titles.' },
    undoChanged: {
      one: '{n} field was edited after renaming and left as it is.',
      other: '{n} fields were edited after renaming and left as they are.',
    },
    notOnPage: {
      one: '{n} field of the page’s list is not shown anywhere the extension could find: it has no warning beside it; its new name is in the plan below.',
      other:
        '{n} fields of the page’s list are not shown anywhere the extension could find: they have no warnings beside them; their new names are in the plan below.',
    },
  },
  guard: {
    refused: 'Press not accepted: the page changed or covered this button, or it had just appeared. Press it again while you can see it.',
  },
  diagnose: {
    title: 'Diagnose this page',
    copy: 'Copy report',
    page: 'Page',
    anchors: 'Anchors on the page (elements found)',
    missing: 'missing',
    local: 'The report is built in the browser and sent nowhere.',
    fieldsState: 'Fields of the page: {n} from #CustomFormValue; untitled: {untitled}',
    fieldsLabels: 'Fields of the page: {n} from the titles on the page (#CustomFormValue: {problem}); untitled: {untitled}',
    located: 'Shown on the page: by id (label[for]) {byId}, by block order {byPosition}, by exact title text {byText}, not found {missing}',
    titleInputs: 'Title inputs: by settings panel {byPanel}, learned while typing {learned}',
  },
};
