/** The diagnosis catalogue in English; same entries and placeholders as diagnosis-ru.ts. */
import type { DiagnosisStepText, DiagnosisTexts } from './diagnosis-ru';
import { DIAGNOSIS_TITLES } from '@/utils/locales/diagnosis-titles';

const newKey: DiagnosisStepText = {
  text: 'Open the school’s API-key page, create a key with “For reading and writing” access and copy it at once: the full key is shown only once.',
  page: 'apiKeys',
};
const refreshAlbato: DiagnosisStepText = {
  text: 'Paste the new key into the GetCourse connection in Albato and refresh the connection.',
  page: 'albatoGuide',
};
const retryLater: DiagnosisStepText = { text: 'Run the check again in a few minutes.' };

export const diagnosisEn: DiagnosisTexts = {
  seconds: { one: '{n} second', other: '{n} seconds' },
  emptyBody: 'empty body',
  noAnswer: 'no answer',
  answeredLabel: 'Answer',
  fixLabel: 'What to do',
  sourceLabel: 'Source',
  someField: 'a required field',
  entries: {
    'wrong-key': {
      title: DIAGNOSIS_TITLES.en['wrong-key'],
      cause: 'The key is wrong or belongs to another school: GetCourse answers this way to any foreign or mangled key.',
      steps: [
        { text: 'Check that the whole key was copied, without spaces around it, and that it was created in this very school.' },
        { text: 'Open this school’s API-key page and compare the start of the key with the keys listed.', page: 'apiKeys' },
        newKey,
      ],
    },
    'deleted-key': {
      title: DIAGNOSIS_TITLES.en['deleted-key'],
      cause:
        'Most likely the key was deleted on the API-key page (the trash button): GetCourse refuses a deleted key just like a wrong one.',
      steps: [{ text: 'Open the API-key page and check whether the key is still listed.', page: 'apiKeys' }, newKey, refreshAlbato],
    },
    'read-only-key': {
      title: DIAGNOSIS_TITLES.en['read-only-key'],
      cause:
        'GetCourse refused to write: that is its answer to an import with a “Read only” key. The same answer comes for an unknown action, but the extension sends only documented ones.',
      steps: [{ text: 'Open the API-key page and look at the key’s access type.', page: 'apiKeys' }, newKey, refreshAlbato],
    },
    'plan-closed': {
      title: DIAGNOSIS_TITLES.en['plan-closed'],
      cause: 'GetCourse says the API is not available on the school’s plan: import and export are closed on the trial and on unpaid plans.',
      steps: [
        { text: 'Pay for the school’s plan in GetCourse (the school owner: Profile → Account settings).' },
        { text: 'Run the check again after paying; the key stays the same.' },
      ],
    },
    'plan-empty-answer': {
      title: DIAGNOSIS_TITLES.en['plan-empty-answer'],
      cause:
        'GetCourse answered an empty page instead of an API answer. That is how a school whose plan has no import answers an import; nothing was written.',
      steps: [
        { text: 'Check the school’s plan: import and export are closed on the trial and on unpaid plans.' },
        { text: 'If the plan is paid, check the school address: open the school in the browser.', page: 'home' },
      ],
    },
    'import-quota': {
      title: DIAGNOSIS_TITLES.en['import-quota'],
      cause: 'The plan’s monthly allowance of users or orders created through the API is spent (updates do not count).',
      steps: [
        { text: 'Wait for the next month or change the school’s plan.' },
        { text: 'Run test imports with the same e-mail: an update costs nothing.' },
      ],
    },
    'missing-rights': {
      title: DIAGNOSIS_TITLES.en['missing-rights'],
      cause:
        'The GetCourse user Albato connects as needs admin rights and account-settings rights. Without them Albato logs “GetCourse API response error”.',
      steps: [
        { text: 'Open the API-key page as that user: if it does not open, the rights are missing.', page: 'apiKeys' },
        { text: 'Ask the school owner to give the user admin rights and account-settings access (on the user’s card).', page: 'users' },
        { text: 'Refresh the GetCourse connection in Albato.', page: 'albatoGuide' },
      ],
    },
    'not-logged-in': {
      title: DIAGNOSIS_TITLES.en['not-logged-in'],
      cause:
        'The API-key page sent this browser to the login page, so the admin rights cannot be checked here. The key and the plan are not affected.',
      steps: [
        { text: 'Log in to the school in this browser as the user Albato connects as.', page: 'login' },
        { text: 'Run the check again.' },
      ],
    },
    'export-limit': {
      title: DIAGNOSIS_TITLES.en['export-limit'],
      cause:
        'GetCourse allows 100 export-API requests per 2 hours per school, readiness polls included. Albato and other services spend the same budget.',
      steps: [
        { text: 'Wait up to two hours and try again.' },
        { text: 'Check whether another service polls the export API with this school’s key.', page: 'apiKeys' },
      ],
    },
    'export-running': {
      title: DIAGNOSIS_TITLES.en['export-running'],
      cause: 'GetCourse runs one export per school at a time; no new one was started.',
      steps: [retryLater],
    },
    'wrong-subdomain': {
      title: DIAGNOSIS_TITLES.en['wrong-subdomain'],
      cause: 'This address belongs to no GetCourse school: most likely a typo in the subdomain.',
      steps: [
        { text: 'Open the school in the browser and copy the address from the address bar.', page: 'home' },
        { text: 'Correct the address in Albato and in the extension.' },
      ],
    },
    'not-served-here': {
      title: DIAGNOSIS_TITLES.en['not-served-here'],
      cause:
        'The server answered a “not found” page. This often happens when the school runs on its own domain and the request goes to the technical *.getcourse.ru address.',
      steps: [
        { text: 'Open the school in the browser and see which domain it opens on.', page: 'home' },
        { text: 'If that is its own domain, use it in Albato and in the extension and allow the extension to access it.' },
      ],
    },
    redirect: {
      title: DIAGNOSIS_TITLES.en.redirect,
      cause:
        'A school with a forced redirect to its own domain serves the API only there; following the redirect loses the request’s data, so the extension does not follow it.',
      steps: [
        { text: 'Open the school in the browser and copy the domain it ends up on.', page: 'home' },
        { text: 'Use that domain in Albato and in the extension and allow the extension to access it.' },
      ],
    },
    'empty-action': {
      title: DIAGNOSIS_TITLES.en['empty-action'],
      cause: 'Usually a redirect to the school’s own domain: it turns the POST into a GET without a body.',
      steps: [
        { text: 'Open the school in the browser and see which domain it opens on.', page: 'home' },
        { text: 'Use exactly that domain in Albato and in the extension.' },
      ],
    },
    unreachable: {
      title: DIAGNOSIS_TITLES.en.unreachable,
      cause: 'The school’s server name is not in DNS, or its server refuses connections.',
      steps: [
        { text: 'Check the address: open the school in the browser.', page: 'home' },
        { text: 'If the school uses its own domain, check the domain’s settings at the registrar.' },
      ],
    },
    tls: {
      title: DIAGNOSIS_TITLES.en.tls,
      cause: 'The school’s HTTPS certificate is invalid, expired or issued for another name. GetCourse accepts API calls over HTTPS only.',
      steps: [
        { text: 'Open the school in the browser: it shows what is wrong with the certificate.', page: 'home' },
        { text: 'For an own domain, check the certificate in the domain settings in GetCourse or at the registrar.' },
      ],
    },
    offline: {
      title: DIAGNOSIS_TITLES.en.offline,
      cause: 'The browser says it is offline; nothing was sent.',
      steps: [{ text: 'Connect to the internet and run the check again.' }],
    },
    network: {
      title: DIAGNOSIS_TITLES.en.network,
      cause:
        'The connection broke or never opened; the browser gives no detail. A VPN, a proxy, a blocker or a wrong address are the usual causes.',
      steps: [
        { text: 'Open the school in the browser.', page: 'home' },
        { text: 'Turn off the VPN or blocker for this site and try again.' },
      ],
    },
    timeout: {
      title: DIAGNOSIS_TITLES.en.timeout,
      cause: 'No answer within {duration}: GetCourse is overloaded or the connection is very slow.',
      steps: [retryLater, { text: 'If it repeats, open the school in the browser and see how fast the school opens.', page: 'home' }],
    },
    'login-page': {
      title: DIAGNOSIS_TITLES.en['login-page'],
      cause: 'GetCourse showed its login form: the request did not reach the API address, or the key was not sent.',
      steps: [
        { text: 'Check the school address: it must be the domain the school opens on.', page: 'home' },
        { text: 'Check that you can log in to the school, then try again.', page: 'login' },
      ],
    },
    'not-json': {
      title: DIAGNOSIS_TITLES.en['not-json'],
      cause:
        'The server answered an HTML page or text, not an API answer. Usually the address is not a GetCourse school, or the school runs on its own domain.',
      steps: [
        { text: 'Open the school in the browser and copy the domain it opens on.', page: 'home' },
        { text: 'Check the plan: the API is closed on unpaid plans.' },
      ],
    },
    'error-envelope': {
      title: DIAGNOSIS_TITLES.en['error-envelope'],
      cause:
        'GetCourse answered HTTP 200 with a refusal inside, in its own words. The extension does not know this text, so it does not guess the cause.',
      steps: [
        { text: 'Read GetCourse’s answer: it usually names what is missing.' },
        { text: 'If it is unclear, send this answer to GetCourse support.' },
      ],
    },
    'http-429': {
      title: DIAGNOSIS_TITLES.en['http-429'],
      cause: 'The server answered HTTP 429: too many requests from this address or key.',
      steps: [
        { text: 'Wait a few minutes and try again.' },
        { text: 'Check whether another service sends requests with this key.', page: 'apiKeys' },
      ],
    },
    'http-5xx': {
      title: DIAGNOSIS_TITLES.en['http-5xx'],
      cause: 'The server answered HTTP {status}: a failure at GetCourse or at a proxy in front of it.',
      steps: [retryLater, { text: 'If it lasts more than an hour, write to GetCourse support and attach this answer.' }],
    },
    'http-other': {
      title: DIAGNOSIS_TITLES.en['http-other'],
      cause: 'The server answered HTTP {status} instead of an API answer.',
      steps: [{ text: 'Check the school address: open the school in the browser.', page: 'home' }, retryLater],
    },
    malformed: {
      title: DIAGNOSIS_TITLES.en.malformed,
      cause: 'Broken or unexpected JSON came back: a cut-off answer, a proxy, or a change in the API.',
      steps: [retryLater, { text: 'If it repeats, copy the answer for support.' }],
    },
    'missing-field': {
      title: DIAGNOSIS_TITLES.en['missing-field'],
      cause: 'The data sent to GetCourse lack a required field or array element: {field}.',
      steps: [
        { text: 'In Albato, open the GetCourse action and check that {field} is filled and comes from the trigger.', page: 'albatoGuide' },
        { text: 'For custom fields, check the field’s title in GetCourse: it must match the key.', page: 'userFields' },
      ],
    },
    'needs-permission': {
      title: DIAGNOSIS_TITLES.en['needs-permission'],
      cause: 'The extension may not access {raw} yet; without that permission the browser will not send the request.',
      steps: [
        {
          text: 'Press the same button again (“Save” for a school on its own domain, “Send a test call” for a webhook) and allow access in the browser’s prompt.',
        },
        { text: 'Run the check again.' },
      ],
    },
    'insecure-target': {
      title: DIAGNOSIS_TITLES.en['insecure-target'],
      cause: 'The extension sends requests over https only: {raw}',
      steps: [{ text: 'Use an address that starts with https://.' }],
    },
    busy: {
      title: DIAGNOSIS_TITLES.en.busy,
      cause:
        'Until the previous request of the same kind to this school (a check, a test import or a call) has its answer, the extension does not send the next one: GetCourse’s limits are not wasted and an import is not sent twice.',
      steps: [{ text: 'Wait for the previous request’s answer.' }],
    },
    'invalid-params': {
      title: DIAGNOSIS_TITLES.en['invalid-params'],
      cause:
        'The extension checked the params before sending and sent nothing to GetCourse: {raw}. Without the required fields GetCourse and Albato answer “undefined index”.',
      steps: [{ text: 'Fix the fields marked in the test import form.' }, { text: 'Press “Send” again.' }],
    },
    'not-confirmed': {
      title: DIAGNOSIS_TITLES.en['not-confirmed'],
      cause: 'This import may change the school’s existing data ({raw}) and you have not confirmed it. Nothing was sent.',
      steps: [
        { text: 'Tick each change you agree to in the form, or use a test address and clear the system flags.' },
        { text: 'Press “Send” again.' },
      ],
    },
    'not-clicked': {
      title: DIAGNOSIS_TITLES.en['not-clicked'],
      cause:
        'The extension sends a test call or opens the access page only on your own click on its button, once per click: a page script can press the extension’s buttons, but such presses do not count. Nothing was sent.',
      steps: [{ text: 'Press the button again yourself.' }],
    },
    'getcourse-target': {
      title: DIAGNOSIS_TITLES.en['getcourse-target'],
      cause:
        'From a school page the extension sends test calls only to the service the process calls (such as Albato), never to GetCourse itself: {raw} is a GetCourse or saved school address. Nothing was sent.',
      steps: [{ text: 'Put the webhook address from Albato into the process.', page: 'albatoGuide' }],
    },
    'untyped-target': {
      title: DIAGNOSIS_TITLES.en['untyped-target'],
      cause:
        'From a school page the extension sends a test call only to an address you typed or pasted into the field yourself, or the one saved in this operation of the process. {raw} is neither: the page’s script may have put it there. Nothing was sent.',
      steps: [{ text: 'Check the address in the field; type or paste it yourself.' }, { text: 'Press “Send test call” again.' }],
    },
    'too-many': {
      title: DIAGNOSIS_TITLES.en['too-many'],
      cause: 'The extension accepts only a few test calls a minute from one tab. The next one in {duration}.',
      steps: [{ text: 'Wait and try again.' }],
    },
    'access-asked': {
      title: DIAGNOSIS_TITLES.en['access-asked'],
      cause:
        'A school page opens the access page once: it is or was open for {raw} (for the same address again after a minute or once it is closed).',
      steps: [{ text: 'To allow another address, reload the page and press “Allow access…” again.' }],
    },
    'bad-request': {
      title: DIAGNOSIS_TITLES.en['bad-request'],
      cause: 'A request to the extension’s background failed validation: {raw}',
      steps: [
        { text: 'Close and reopen the extension window.' },
        { text: 'If it repeats, report the error to the extension’s developers.' },
      ],
    },
    forbidden: {
      title: DIAGNOSIS_TITLES.en.forbidden,
      cause: 'The extension’s background accepts such requests only from the extension’s own windows.',
      steps: [{ text: 'Run the check from the extension window.' }],
    },
    unknown: {
      title: DIAGNOSIS_TITLES.en.unknown,
      cause: 'The extension does not know what this answer means and does not guess. Unknown answer — here is what came back, whole:',
      steps: [{ text: 'Copy the answer and send it to GetCourse support or to the extension’s developers.' }],
    },
  },
};
