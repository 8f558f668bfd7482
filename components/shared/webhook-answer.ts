/**
 * What a webhook's HTTP status means to the admin (Albato's own answer is not documented, fact
 * sheet E.2 [NOT FOUND]: 2xx is taken as "accepted"). Shared by the process editor's test panel
 * and the popup's webhook test; the keys are in the content strings (utils/locales/ru.ts).
 */
export type AnswerMeaningKey = 'callTest.okAlbato' | 'callTest.ok' | 'callTest.notFound' | 'callTest.serverError' | 'callTest.refused';

export function answerMeaningKey(status: number, albato: boolean): AnswerMeaningKey {
  if (status >= 200 && status < 300) return albato ? 'callTest.okAlbato' : 'callTest.ok';
  if (status === 404 || status === 410) return 'callTest.notFound';
  if (status >= 500) return 'callTest.serverError';
  return 'callTest.refused';
}
