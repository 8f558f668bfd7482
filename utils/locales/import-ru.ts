import type { PluralForms } from '../plural';
import type { ImportChange, ImportIssueCode, ImportRiskCode } from '../import-params';

/**
 * Texts of the test imports (utils/import-params.ts): field messages, what an import may change.
 * Russian first; import-en.ts has exactly these keys (the compiler checks). `{n}` is a count.
 */
export interface ImportTexts {
  issues: Record<ImportIssueCode, string | PluralForms>;
  risks: Record<ImportRiskCode, { title: string; detail: string }>;
  changes: Record<ImportChange, string>;
}

export const importRu: ImportTexts = {
  issues: {
    required: 'Заполните это поле.',
    'identity-required':
      'Укажите e-mail или телефон: по одному из них GetCourse находит пользователя. Без них импорт не пройдёт (в Albato это ошибка «undefined index»).',
    'email-invalid': 'Это не похоже на e-mail: нужен адрес вида name@example.com.',
    'too-long': {
      one: 'Слишком длинно: не больше {n} символа.',
      few: 'Слишком длинно: не больше {n} символов.',
      many: 'Слишком длинно: не больше {n} символов.',
      other: 'Слишком длинно: не больше {n} символа.',
    },
    'too-many-groups': {
      one: 'Не больше {n} группы за один импорт.',
      few: 'Не больше {n} групп за один импорт.',
      many: 'Не больше {n} групп за один импорт.',
      other: 'Не больше {n} группы за один импорт.',
    },
    'too-many-fields': {
      one: 'Не больше {n} доп. поля за один импорт.',
      few: 'Не больше {n} доп. полей за один импорт.',
      many: 'Не больше {n} доп. полей за один импорт.',
      other: 'Не больше {n} доп. поля за один импорт.',
    },
    'group-name-empty': 'Укажите название группы.',
    'group-date-format': 'Дата вступления в группу — в виде ГГГГ-ММ-ДД или ГГГГ-ММ-ДД ЧЧ:ММ.',
    'field-title-empty': 'Укажите название доп. поля так, как оно записано в GetCourse.',
    'flag-invalid': 'Здесь может быть только «да» (1) или «нет» (0).',
    'offer-required': 'Укажите предложение: его код, ID или название продукта.',
    'cost-unreadable': 'Не удалось прочитать сумму. Напишите число, например 1500 или «1 500 руб.».',
    'cost-negative': 'Стоимость заказа не может быть меньше нуля (ноль можно).',
    'currency-unknown': 'GetCourse не знает такой валюты. Выберите код из списка (RUB, USD, EUR…).',
    'currency-conflict': 'В стоимости указана одна валюта, а в поле «Валюта» — другая. Оставьте одну.',
    'status-unknown': 'Такого статуса заказа нет. Выберите из списка.',
    'payment-type-unknown': 'Такого способа оплаты нет. Выберите из списка.',
    'payment-status-unknown': 'Такого статуса платежа нет. Выберите из списка.',
    'number-invalid': 'Нужно целое число больше нуля.',
    'date-format': 'Дата и время — в виде ГГГГ-ММ-ДД ЧЧ:ММ:СС.',
    'unknown-key': 'GetCourse не ждёт такого поля.',
    invalid: 'Неверное значение.',
  },
  risks: {
    'real-email': {
      title: 'Это может быть адрес настоящего клиента',
      detail:
        'Импорт находит пользователя по e-mail: если такой есть, он будет добавлен в указанные группы, а при импорте заказа у него появится новый заказ. Для проверки лучше тестовый адрес.',
    },
    'phone-identity': {
      title: 'Пользователь будет найден по телефону',
      detail:
        'Без e-mail GetCourse находит пользователя по телефону: если у кого-то в школе этот номер, он будет добавлен в указанные группы, а при импорте заказа у него появится новый заказ. Тестовым считается только адрес albato-test+…, телефон — никогда.',
    },
    'refresh-existing-user': {
      title: 'Данные существующего пользователя будут перезаписаны',
      detail:
        'Включено «обновлять, если существует» (refresh_if_exists): имя, телефон, город, страна и доп. поля пользователя с этим e-mail (или, без e-mail, с этим телефоном) заменятся значениями из формы.',
    },
    'existing-order-number': {
      title: 'Будет изменён заказ с этим номером',
      detail: 'Если заказ с таким номером уже есть, GetCourse не создаст новый, а изменит этот: статус, стоимость, оплату.',
    },
    'append-to-order': {
      title: 'В существующий заказ добавится позиция',
      detail: 'Включено «несколько предложений» (multiple_offers): предложение добавится к заказу с этим номером, а не заменит его состав.',
    },
    'payment-recorded': {
      title: 'Заказ будет отмечен оплаченным',
      detail: 'Статус «Завершен» или «оплачен» создаёт в заказе платёж. Если потом сменить статус, выданный доступ не отменится.',
    },
  },
  changes: {
    'user-groups': 'группы пользователя',
    'new-order': 'новый заказ у пользователя',
    'user-data': 'имя, телефон, город, страна и доп. поля пользователя',
    'order-data': 'статус, стоимость и оплата заказа',
    'order-positions': 'состав заказа',
    payment: 'платежи и доступы по заказу',
  },
};
