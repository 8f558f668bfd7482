import type { PluralForms } from '../plural';

/** Strings of the extension's own pages (popup, options). */
export const ruPages = {
  popup: {
    offersTitle: 'Коды предложений',
    offersEmpty: 'Откройте список предложений школы в GetCourse — расширение запомнит их коды.',
    offerNoCode: 'нет кода',
    copy: 'Скопировать',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать',
    noSchool: 'Откройте страницу школы GetCourse в этой вкладке.',
    noSchoolHint: 'Расширение работает на адресах *.getcourse.ru и *.getcourse.io; свой домен школы можно разрешить отдельно.',
    school: 'Школа',
    technicalDomain: 'технический домен',
    customDomain: 'свой домен школы',
    page: 'Страница',
    pageUnknown: 'не страница администратора, которую знает расширение',
    keyLabel: 'API-ключ школы (для проверки)',
    keyHint: 'Ключ вводится только здесь, в окне расширения, и не сохраняется.',
    check: 'Проверить ключ',
    checking: 'Проверяем…',
    elapsed: '{ms} мс',
    keyAccepted: 'Ключ принят.',
    fieldsFound: { one: 'GetCourse вернул {n} доп. поле', few: 'GetCourse вернул {n} доп. поля', many: 'GetCourse вернул {n} доп. полей', other: 'GetCourse вернул {n} доп. поля' } as PluralForms,
  },
  options: {
    title: 'Настройки помощника GetCourse → Albato',
    standard: 'Транслитерация для латинских названий полей',
    icao: 'ICAO Doc 9303 — как в загранпаспортах РФ с 2014 года (по умолчанию)',
    gost: 'ГОСТ 7.79-2000, система Б (без апострофов)',
    example: 'Пример',
    lang: 'Язык интерфейса',
    langAuto: 'как в браузере',
    save: 'Сохранить',
    saved: 'Сохранено. Обновите открытые страницы GetCourse, чтобы применить.',
  },
  errors: {
    wrongKey: 'GetCourse не принял ключ: «{raw}». Проверьте, что ключ скопирован полностью и создан в этой школе (Профиль → Настройки аккаунта → API).',
    planClosed: 'GetCourse ответил, что API недоступен на тарифе школы: «{raw}». Импорт и экспорт работают только на оплаченном тарифе.',
    rateLimited: 'Исчерпан лимит API экспорта (100 запросов за 2 часа на школу): «{raw}». Повторите позже.',
    notJson: 'Вместо ответа API пришла HTML-страница или пустой ответ (HTTP {status}). Проверьте адрес школы: возможно, школа работает на своём домене или тариф не оплачен.',
    redirect: 'Адрес перенаправляет на другой домен (HTTP {status}). Укажите домен, на котором открывается школа, и разрешите его расширению.',
    http: 'Сервер ответил HTTP {status}. Повторите позже; если повторяется — проверьте адрес школы.',
    network: 'Не удалось соединиться со школой: {raw}. Проверьте интернет и адрес школы.',
    timeout: 'GetCourse не ответил за {seconds} с. Повторите проверку позже.',
    malformed: 'Ответ GetCourse не похож на ответ API: {raw}',
    unknown: 'Неизвестный ответ GetCourse — вот что пришло: {raw}',
    noPermission: 'Расширению не разрешён доступ к {host}. Разрешите доступ и повторите.',
    badRequest: 'Расширение отклонило запрос: {raw}',
  },
};

export type PageMessages = typeof ruPages;
