import type { PluralForms } from '../plural';

/** Russian is the default language; en.ts must have exactly these keys (the compiler checks). */
export const ru = {
  appTitle: 'GetCourse → Albato',
  pageKind: {
    'user-fields': 'Доп. поля пользователей',
    'deal-fields': 'Доп. поля заказов',
    'offers-list': 'Список предложений',
    'offer-edit': 'Настройки предложения',
    'processes-list': 'Список процессов',
    'process-settings': 'Настройки процесса',
    'process-editor': 'Редактор процесса',
    'api-keys': 'Ключи API',
  },
  marker: {
    recognised: 'Помощник Albato: страница распознана — {page}',
  },
  popup: {
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

export type Messages = typeof ru;
