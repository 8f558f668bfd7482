/**
 * The diagnosis catalogue in Russian (the first language). Placeholders: {raw} GetCourse's or
 * the network's own words, {status} the HTTP status, {duration} a counted
 * time (plural forms below), {field} the key named by «undefined index».
 * Sources per entry: DIAGNOSIS_SOURCE in diagnosis-rules.ts.
 */
import type { DiagnosisId, PageId } from '@/utils/diagnosis-rules';
import type { PluralForms } from '@/utils/plural';
import { DIAGNOSIS_TITLES } from '@/utils/locales/diagnosis-titles';

export interface DiagnosisStepText {
  text: string;
  page?: PageId;
}

export interface DiagnosisEntryText {
  title: string;
  cause: string;
  steps: DiagnosisStepText[];
}

export interface DiagnosisTexts {
  entries: Record<DiagnosisId, DiagnosisEntryText>;
  /** "after {duration}" — accusative forms in Russian: за 1 секунду, 2 секунды, 5 секунд */
  seconds: PluralForms;
  emptyBody: string;
  noAnswer: string;
  answeredLabel: string;
  fixLabel: string;
  sourceLabel: string;
  someField: string;
}

const newKey: DiagnosisStepText = {
  text: 'Откройте страницу API-ключей школы, создайте ключ с доступом «Для чтения и записи» и скопируйте его сразу: полностью он показывается один раз.',
  page: 'apiKeys',
};
const refreshAlbato: DiagnosisStepText = {
  text: 'Вставьте новый ключ в подключение GetCourse в Albato и обновите подключение.',
  page: 'albatoGuide',
};
const retryLater: DiagnosisStepText = { text: 'Повторите проверку через несколько минут.' };

export const diagnosisRu: DiagnosisTexts = {
  seconds: { one: '{n} секунду', few: '{n} секунды', many: '{n} секунд', other: '{n} секунды' },
  emptyBody: 'пустой ответ',
  noAnswer: 'ответа нет',
  answeredLabel: 'Ответ',
  fixLabel: 'Что сделать',
  sourceLabel: 'Источник',
  someField: 'обязательное поле',
  entries: {
    'wrong-key': {
      title: DIAGNOSIS_TITLES.ru['wrong-key'],
      cause: 'Ключ неверный или создан в другой школе: GetCourse отвечает так на любой чужой или искажённый ключ.',
      steps: [
        { text: 'Проверьте, что ключ скопирован полностью, без пробелов по краям, и создан именно в этой школе.' },
        { text: 'Откройте страницу API-ключей этой школы и сравните начало ключа с ключами в таблице.', page: 'apiKeys' },
        newKey,
      ],
    },
    'deleted-key': {
      title: DIAGNOSIS_TITLES.ru['deleted-key'],
      cause:
        'Скорее всего, ключ удалили на странице API-ключей (кнопка с корзиной): удалённый ключ GetCourse отвергает так же, как неверный.',
      steps: [{ text: 'Откройте страницу API-ключей и проверьте, есть ли ключ в таблице.', page: 'apiKeys' }, newKey, refreshAlbato],
    },
    'read-only-key': {
      title: DIAGNOSIS_TITLES.ru['read-only-key'],
      cause:
        'GetCourse запретил запись: так он отвечает на импорт с ключом «Только чтение». Тот же ответ бывает при неизвестном действии, но расширение шлёт только документированные.',
      steps: [{ text: 'Откройте страницу API-ключей и посмотрите тип доступа ключа.', page: 'apiKeys' }, newKey, refreshAlbato],
    },
    'plan-closed': {
      title: DIAGNOSIS_TITLES.ru['plan-closed'],
      cause: 'GetCourse ответил, что API недоступен на тарифе школы: импорт и экспорт закрыты на пробном («Trial») и неоплаченном тарифе.',
      steps: [
        { text: 'Оплатите тариф школы в GetCourse (владелец школы: Профиль → Настройки аккаунта).' },
        { text: 'После оплаты повторите проверку; ключ менять не нужно.' },
      ],
    },
    'plan-empty-answer': {
      title: DIAGNOSIS_TITLES.ru['plan-empty-answer'],
      cause:
        'GetCourse ответил пустой страницей вместо ответа API. Так школа без импорта на тарифе отвечает на импорт; ничего не записано.',
      steps: [
        { text: 'Проверьте тариф школы: импорт и экспорт закрыты на пробном и неоплаченном тарифе.' },
        { text: 'Если тариф оплачен, проверьте адрес школы: откройте школу в браузере.', page: 'home' },
      ],
    },
    'import-quota': {
      title: DIAGNOSIS_TITLES.ru['import-quota'],
      cause: 'Месячная квота тарифа на создание пользователей или заказов через API исчерпана (обновления в неё не входят).',
      steps: [
        { text: 'Дождитесь нового месяца или смените тариф школы.' },
        { text: 'Тестовые импорты делайте с одним и тем же e-mail: обновление квоту не тратит.' },
      ],
    },
    'missing-rights': {
      title: DIAGNOSIS_TITLES.ru['missing-rights'],
      cause:
        'Пользователь GetCourse, от имени которого подключается Albato, должен иметь права администратора и права на настройки аккаунта. Без них Albato пишет «Ошибка ответа API GetCourse».',
      steps: [
        { text: 'Откройте страницу API-ключей под этим пользователем: если она не открывается, прав не хватает.', page: 'apiKeys' },
        {
          text: 'Попросите владельца школы выдать пользователю права администратора и доступ к настройкам аккаунта (в карточке пользователя).',
          page: 'users',
        },
        { text: 'Обновите подключение GetCourse в Albato.', page: 'albatoGuide' },
      ],
    },
    'not-logged-in': {
      title: DIAGNOSIS_TITLES.ru['not-logged-in'],
      cause:
        'Страница API-ключей отправила на вход: в этом браузере никто не вошёл в школу, поэтому права администратора проверить нельзя. Ключ и тариф это не затрагивает.',
      steps: [
        { text: 'Войдите в школу в этом браузере под пользователем, от имени которого подключается Albato.', page: 'login' },
        { text: 'Запустите проверку снова.' },
      ],
    },
    'export-limit': {
      title: DIAGNOSIS_TITLES.ru['export-limit'],
      cause:
        'GetCourse разрешает 100 запросов к API экспорта за 2 часа на школу, включая проверки готовности выгрузки. Albato и другие сервисы тратят тот же лимит.',
      steps: [
        { text: 'Подождите до двух часов и повторите.' },
        { text: 'Проверьте, не опрашивает ли API экспорта другой сервис с ключом этой школы.', page: 'apiKeys' },
      ],
    },
    'export-running': {
      title: DIAGNOSIS_TITLES.ru['export-running'],
      cause: 'GetCourse выполняет одну выгрузку на школу за раз; новая не запущена.',
      steps: [retryLater],
    },
    'wrong-subdomain': {
      title: DIAGNOSIS_TITLES.ru['wrong-subdomain'],
      cause: 'Этот адрес не принадлежит ни одной школе GetCourse: скорее всего, опечатка в поддомене.',
      steps: [
        { text: 'Откройте школу в браузере и скопируйте адрес из строки браузера.', page: 'home' },
        { text: 'Исправьте адрес в Albato и в расширении.' },
      ],
    },
    'not-served-here': {
      title: DIAGNOSIS_TITLES.ru['not-served-here'],
      cause:
        'Сервер ответил страницей «не найдено». Часто так бывает, когда школа работает на своём домене, а запрос идёт на технический адрес *.getcourse.ru.',
      steps: [
        { text: 'Откройте школу в браузере и посмотрите, на какой домен она открывается.', page: 'home' },
        { text: 'Если это свой домен, укажите его в Albato и в расширении и разрешите расширению доступ к нему.' },
      ],
    },
    redirect: {
      title: DIAGNOSIS_TITLES.ru.redirect,
      cause:
        'Школа с принудительным переходом на свой домен отдаёт API только на нём; по перенаправлению запрос теряет данные, поэтому расширение не идёт за ним.',
      steps: [
        { text: 'Откройте школу в браузере и скопируйте домен, на котором она открылась.', page: 'home' },
        { text: 'Укажите этот домен в Albato и в расширении и разрешите расширению доступ к нему.' },
      ],
    },
    'empty-action': {
      title: DIAGNOSIS_TITLES.ru['empty-action'],
      cause: 'Обычно это перенаправление на свой домен школы: оно превращает POST в GET без тела.',
      steps: [
        { text: 'Откройте школу в браузере и посмотрите, на какой домен она открывается.', page: 'home' },
        { text: 'Укажите в Albato и в расширении именно этот домен.' },
      ],
    },
    unreachable: {
      title: DIAGNOSIS_TITLES.ru.unreachable,
      cause: 'Имя сервера школы не находится в DNS или сервер не принимает соединения.',
      steps: [
        { text: 'Проверьте адрес: откройте школу в браузере.', page: 'home' },
        { text: 'Если школа на своём домене, проверьте его настройки у регистратора.' },
      ],
    },
    tls: {
      title: DIAGNOSIS_TITLES.ru.tls,
      cause: 'Сертификат HTTPS школы недействителен, просрочен или выдан другому имени. GetCourse принимает API-запросы только по HTTPS.',
      steps: [
        { text: 'Откройте школу в браузере: браузер покажет, что не так с сертификатом.', page: 'home' },
        { text: 'Для своего домена проверьте сертификат в настройках домена в GetCourse или у регистратора.' },
      ],
    },
    offline: {
      title: DIAGNOSIS_TITLES.ru.offline,
      cause: 'Браузер сообщает, что он не в сети; запрос не отправлен.',
      steps: [{ text: 'Подключитесь к интернету и повторите проверку.' }],
    },
    network: {
      title: DIAGNOSIS_TITLES.ru.network,
      cause:
        'Соединение оборвалось или не установилось; браузер не сообщает подробностей. Причиной бывает VPN, прокси, блокировщик или неверный адрес.',
      steps: [{ text: 'Откройте школу в браузере.', page: 'home' }, { text: 'Отключите VPN или блокировщик для этого сайта и повторите.' }],
    },
    timeout: {
      title: DIAGNOSIS_TITLES.ru.timeout,
      cause: 'Ответа не было за {duration}: GetCourse перегружен или соединение очень медленное.',
      steps: [retryLater, { text: 'Если повторяется, откройте школу в браузере и проверьте, как быстро открывается школа.', page: 'home' }],
    },
    'login-page': {
      title: DIAGNOSIS_TITLES.ru['login-page'],
      cause: 'GetCourse показал форму входа: запрос ушёл не на адрес API или ключ не был передан.',
      steps: [
        { text: 'Проверьте адрес школы: это должен быть домен, на котором школа открывается.', page: 'home' },
        { text: 'Проверьте, что вы можете войти в школу, и повторите.', page: 'login' },
      ],
    },
    'not-json': {
      title: DIAGNOSIS_TITLES.ru['not-json'],
      cause:
        'Сервер ответил HTML-страницей или текстом, а не ответом API. Обычно адрес ведёт не на школу GetCourse или школа работает на своём домене.',
      steps: [
        { text: 'Откройте школу в браузере и скопируйте домен, на котором она открывается.', page: 'home' },
        { text: 'Проверьте тариф: на неоплаченном тарифе API закрыт.' },
      ],
    },
    'error-envelope': {
      title: DIAGNOSIS_TITLES.ru['error-envelope'],
      cause: 'GetCourse ответил HTTP 200, но в ответе отказ его словами. Расширение этот текст не знает, поэтому не угадывает причину.',
      steps: [
        { text: 'Прочитайте ответ GetCourse: обычно он называет, чего не хватает.' },
        { text: 'Если непонятно, отправьте этот ответ в поддержку GetCourse.' },
      ],
    },
    'http-429': {
      title: DIAGNOSIS_TITLES.ru['http-429'],
      cause: 'Сервер ответил HTTP 429: запросов с этого адреса или ключа слишком много.',
      steps: [
        { text: 'Подождите несколько минут и повторите.' },
        { text: 'Проверьте, не шлёт ли запросы с этим ключом другой сервис.', page: 'apiKeys' },
      ],
    },
    'http-5xx': {
      title: DIAGNOSIS_TITLES.ru['http-5xx'],
      cause: 'Сервер ответил HTTP {status}: сбой у GetCourse или у прокси перед ним.',
      steps: [retryLater, { text: 'Если повторяется дольше часа, напишите в поддержку GetCourse и приложите этот ответ.' }],
    },
    'http-other': {
      title: DIAGNOSIS_TITLES.ru['http-other'],
      cause: 'Сервер ответил HTTP {status}, а не ответом API.',
      steps: [{ text: 'Проверьте адрес школы: откройте школу в браузере.', page: 'home' }, retryLater],
    },
    malformed: {
      title: DIAGNOSIS_TITLES.ru.malformed,
      cause: 'Пришёл повреждённый или неожиданный JSON: оборванный ответ, прокси или изменение API.',
      steps: [retryLater, { text: 'Если повторяется, скопируйте ответ для поддержки.' }],
    },
    'missing-field': {
      title: DIAGNOSIS_TITLES.ru['missing-field'],
      cause: 'В данных для GetCourse нет обязательного поля или элемента массива: {field}.',
      steps: [
        {
          text: 'В Albato откройте действие с GetCourse и проверьте, что поле {field} заполнено и приходит из триггера.',
          page: 'albatoGuide',
        },
        { text: 'Для доп. полей проверьте название поля в GetCourse: оно должно совпадать с ключом.', page: 'userFields' },
      ],
    },
    'needs-permission': {
      title: DIAGNOSIS_TITLES.ru['needs-permission'],
      cause: 'Расширению ещё не разрешён доступ к {raw}; без разрешения браузер не даст отправить запрос.',
      steps: [
        {
          text: 'Нажмите ту же кнопку ещё раз («Сохранить» для школы на своём домене, «Отправить тестовый вызов» для вебхука) и разрешите доступ в запросе браузера.',
        },
        { text: 'Повторите проверку.' },
      ],
    },
    'insecure-target': {
      title: DIAGNOSIS_TITLES.ru['insecure-target'],
      cause: 'Расширение отправляет запросы только по https: {raw}',
      steps: [{ text: 'Укажите адрес, который начинается с https://.' }],
    },
    busy: {
      title: DIAGNOSIS_TITLES.ru.busy,
      cause:
        'Пока не пришёл ответ на предыдущий такой же запрос к этой школе (проверку, тестовый импорт или вызов), расширение не отправляет следующий: так не тратятся лимиты GetCourse и импорт не уходит дважды.',
      steps: [{ text: 'Дождитесь ответа на предыдущий запрос.' }],
    },
    'invalid-params': {
      title: DIAGNOSIS_TITLES.ru['invalid-params'],
      cause:
        'Расширение проверило параметры перед отправкой и ничего не отправило в GetCourse: {raw}. Без обязательных полей GetCourse и Albato отвечают «undefined index».',
      steps: [{ text: 'Исправьте поля, отмеченные в форме тестового импорта.' }, { text: 'Нажмите «Отправить» ещё раз.' }],
    },
    'not-confirmed': {
      title: DIAGNOSIS_TITLES.ru['not-confirmed'],
      cause: 'Этот импорт может изменить существующие данные школы ({raw}), а вы этого не подтвердили. Ничего не отправлено.',
      steps: [
        { text: 'Отметьте в форме каждое изменение, на которое вы согласны, или используйте тестовый адрес и уберите флаги system.' },
        { text: 'Нажмите «Отправить» ещё раз.' },
      ],
    },
    'not-clicked': {
      title: DIAGNOSIS_TITLES.ru['not-clicked'],
      cause:
        'Тестовый вызов и страницу доступа расширение выполняет только по вашему собственному нажатию на его кнопку, один раз на нажатие: скрипт страницы может нажимать кнопки расширения, но такие нажатия не считаются. Ничего не отправлено.',
      steps: [{ text: 'Нажмите кнопку ещё раз сами.' }],
    },
    'getcourse-target': {
      title: DIAGNOSIS_TITLES.ru['getcourse-target'],
      cause:
        'Со страницы школы расширение отправляет тестовые вызовы только сервису, который вызывает процесс (например, Albato), и никогда — самому GetCourse: {raw} — адрес GetCourse или сохранённой школы. Ничего не отправлено.',
      steps: [{ text: 'Укажите в процессе адрес вебхука из Albato.', page: 'albatoGuide' }],
    },
    'untyped-target': {
      title: DIAGNOSIS_TITLES.ru['untyped-target'],
      cause:
        'Со страницы школы расширение отправляет тестовый вызов только на адрес, который вы сами набрали или вставили в поле, или на тот, что сохранён в этой операции процесса. {raw} — ни то ни другое: его мог подставить скрипт страницы. Ничего не отправлено.',
      steps: [{ text: 'Проверьте адрес в поле, наберите или вставьте его сами.' }, { text: 'Нажмите «Отправить тестовый вызов» ещё раз.' }],
    },
    'too-many': {
      title: DIAGNOSIS_TITLES.ru['too-many'],
      cause: 'С одной вкладки расширение принимает не больше нескольких тестовых вызовов в минуту. Следующий — через {duration}.',
      steps: [{ text: 'Подождите и повторите.' }],
    },
    'access-asked': {
      title: DIAGNOSIS_TITLES.ru['access-asked'],
      cause:
        'Страница доступа открывается с одной страницы школы один раз: для {raw} она уже открыта или была открыта (для того же адреса — снова через минуту или после закрытия).',
      steps: [{ text: 'Чтобы разрешить другой адрес, перезагрузите страницу и нажмите «Разрешить доступ…» снова.' }],
    },
    'bad-request': {
      title: DIAGNOSIS_TITLES.ru['bad-request'],
      cause: 'Запрос к фоновой части расширения не прошёл проверку: {raw}',
      steps: [
        { text: 'Закройте и снова откройте окно расширения.' },
        { text: 'Если повторяется, сообщите об ошибке разработчикам расширения.' },
      ],
    },
    forbidden: {
      title: DIAGNOSIS_TITLES.ru.forbidden,
      cause: 'Фоновая часть расширения принимает такие запросы только из окон самого расширения.',
      steps: [{ text: 'Запустите проверку из окна расширения.' }],
    },
    unknown: {
      title: DIAGNOSIS_TITLES.ru.unknown,
      cause: 'Расширение не знает, что значит этот ответ, и не угадывает. Неизвестный ответ — вот что пришло, целиком:',
      steps: [{ text: 'Скопируйте ответ и отправьте его в поддержку GetCourse или разработчикам расширения.' }],
    },
  },
};
