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
  grant: {
    title: 'Доступ к адресу для тестового вызова',
    why: 'Чтобы отправить тестовый вызов, как его отправил бы процесс GetCourse, и прочитать ответ, расширению нужен доступ к адресу:',
    scope: 'Доступ даётся только к этому адресу. Отозвать его можно в настройках расширений браузера.',
    allow: 'Разрешить доступ',
    granted: 'Доступ открыт. Вернитесь на вкладку GetCourse и нажмите «Отправить» ещё раз.',
    refused: 'Доступ не выдан — тестовый вызов не будет отправлен.',
    failed: 'Браузер не выдал доступ: {raw}',
    invalid: 'Расширение открывает доступ только к адресам https: «{origin}» не подходит.',
    close: 'Закрыть',
  },
  /** Problem texts live in the diagnosis catalogue (utils/diagnosis-*.ts); this one key stays for tests/i18n.test.ts. */
  errors: {
    http: 'Сервер ответил HTTP {status}. Повторите позже; если повторяется — проверьте адрес школы.',
  },
};

export type PageMessages = typeof ruPages;
