import type { PluralForms } from '../plural';

/** Russian is the default language; en.ts must have exactly these keys (the compiler checks).
 * Only what the content script shows: GetCourse pages load these strings and no others. */
export const ruContent = {
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
  common: {
    copy: 'Скопировать',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать — выделите текст вручную',
  },
  offers: {
    code: 'Код предложения для Albato:',
    noCode: 'Нет кода: Albato не сможет создать заказ с этим предложением. Задайте «Уникальный код предложения» в настройках предложения и сохраните.',
    noCodeShort: 'нет кода — задайте его в настройках предложения',
    openSettings: 'Открыть настройки предложения',
  },
  processes: {
    approvedOff: 'Галочка «Одобрено» снята: объекты не проходят через процесс, и тестовый запрос в Albato не придёт. Поставьте галочку и сохраните процесс.',
    approvedOn: '«Одобрено» отмечено: объекты проходят через процесс.',
    albato: 'Вебхук Albato',
    notAlbato: 'Адрес не похож на вебхук Albato (h.albato.ru / h.albato.com).',
    variables: 'Переменные в адресе:',
    customOrUnknown: 'доп. поле (по полному названию) или неизвестная переменная',
    formattedMoney: '{variable} — стоимость с валютой, это текст («1 500 руб.»): в числовом поле Albato останется только часть до пробела. Используйте {replacement} — стоимость без валюты.',
    swap: 'Заменить на {replacement}',
    swapped: 'Заменено в поле. Сохраните процесс, чтобы применить.',
    wrongKind: '{variable} не подставится: процесс работает с объектами «{processKind}», а эта переменная — для «{variableKind}».',
    kindUser: 'Пользователи',
    kindDeal: 'Заказы',
    kindUnknown: 'Тип объекта процесса пока неизвестен: откройте вкладку «Общее» этого процесса, и расширение проверит переменные по типу.',
  },
  fields: {
    problem: {
      empty: 'пустое название',
      cyrillic: 'кириллица',
      spaces: 'пробелы',
      'other-characters': 'недопустимые символы',
      'leading-digit': 'начинается с цифры',
      'too-long': 'длиннее 64 символов',
      duplicate: 'такое название уже есть',
    },
    invisible: 'Albato не увидит это поле: {problems}.',
    visible: 'Albato увидит это поле.',
    why: 'Albato видит только доп. поля с латинскими названиями, где вместо пробелов — «_».',
    suggestion: 'Латинское название:',
    suffixed: '(добавлен суффикс: «{taken}» уже занято)',
    useName: 'Использовать это название',
    summaryBad: { one: '{n} поле из {total} не видно Albato', few: '{n} поля из {total} не видны Albato', many: '{n} полей из {total} не видны Albato', other: '{n} поля из {total} не видны Albato' } as PluralForms,
    summaryGood: { one: 'Albato видит {n} поле на этой странице', few: 'Albato видит все {n} поля на этой странице', many: 'Albato видит все {n} полей на этой странице', other: 'Albato видит все {n} поля на этой странице' } as PluralForms,
    summaryEmpty: 'На странице пока нет доп. полей.',
    plan: 'План переименования (старое → новое):',
    copyPlan: 'Скопировать план',
    refresh: 'После переименования или добавления полей обновите данные в подключении к GetCourse в Albato, иначе Albato их не увидит.',
    kindUser: 'Поля пользователя приходят в Albato только с триггерами по пользователям.',
    kindDeal: 'Поля заказа приходят в Albato только с триггерами по заказам.',
  },
  diagnose: {
    title: 'Диагностика страницы',
    copy: 'Скопировать отчёт',
    page: 'Страница',
    anchors: 'Якоря на странице (найдено элементов)',
    missing: 'не найден',
    local: 'Отчёт собран в браузере и никуда не отправляется.',
  },
};

export type ContentMessages = typeof ruContent;
