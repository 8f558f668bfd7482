import type { ImportTexts } from './import-ru';

/** English, second language. Same keys as import-ru.ts: a missing or extra key is a type error. */
export const importEn: ImportTexts = {
  issues: {
    required: 'Fill in this field.',
    'identity-required':
      'Enter an e-mail or a phone: GetCourse finds the user by one of them. Without either the import fails (Albato reports it as “undefined index”).',
    'email-invalid': 'This does not look like an e-mail address: it should be like name@example.com.',
    'too-long': { one: 'Too long: at most {n} character.', other: 'Too long: at most {n} characters.' },
    'too-many-groups': { one: 'At most {n} group per import.', other: 'At most {n} groups per import.' },
    'too-many-fields': { one: 'At most {n} custom field per import.', other: 'At most {n} custom fields per import.' },
    'group-name-empty': 'Enter the group name.',
    'group-date-format': 'The date of joining the group is YYYY-MM-DD or YYYY-MM-DD HH:MM.',
    'field-title-empty': 'Enter the custom field name exactly as GetCourse shows it.',
    'flag-invalid': 'Only “yes” (1) or “no” (0) is allowed here.',
    'offer-required': 'Name the offer: its code, its ID or the product title.',
    'cost-unreadable': 'Could not read the amount. Type a number such as 1500 or “1 500 руб.”.',
    'cost-negative': 'The order cost cannot be below zero (zero is fine).',
    'currency-unknown': 'GetCourse does not know this currency. Pick a code from the list (RUB, USD, EUR…).',
    'currency-conflict': 'The cost names one currency and the Currency field another. Keep one.',
    'status-unknown': 'There is no such order status. Pick one from the list.',
    'payment-type-unknown': 'There is no such payment type. Pick one from the list.',
    'payment-status-unknown': 'There is no such payment status. Pick one from the list.',
    'number-invalid': 'A whole number greater than zero is needed.',
    'date-format': 'Date and time as YYYY-MM-DD HH:MM:SS.',
    'unknown-key': 'GetCourse does not expect this field.',
    invalid: 'Invalid value.',
  },
  risks: {
    'real-email': {
      title: 'This may be a real customer’s address',
      detail:
        'An import finds the user by e-mail: if one exists, they are added to the groups given, and a deal import gives them a new order. A test address is safer.',
    },
    'phone-identity': {
      title: 'The user will be found by phone',
      detail:
        'Without an e-mail GetCourse finds the user by phone: if someone in the school has this number, they are added to the groups given, and a deal import gives them a new order. Only an albato-test+… address counts as a test one, never a phone.',
    },
    'refresh-existing-user': {
      title: 'An existing user’s data will be overwritten',
      detail:
        '“Update if exists” (refresh_if_exists) is on: the name, phone, city, country and custom fields of the user with this e-mail (or, without an e-mail, this phone) are replaced by the form’s values.',
    },
    'existing-order-number': {
      title: 'The order with this number will be changed',
      detail: 'If an order with this number exists, GetCourse does not create a new one but changes it: status, cost, payment.',
    },
    'append-to-order': {
      title: 'A position will be added to an existing order',
      detail:
        '“Multiple offers” (multiple_offers) is on: the offer is added to the order with this number instead of replacing what it holds.',
    },
    'payment-recorded': {
      title: 'The order will be marked paid',
      detail:
        'The status “payed” or “paid” creates a payment in the order. Changing the status later does not take back the access it granted.',
    },
  },
  changes: {
    'user-groups': 'the user’s groups',
    'new-order': 'a new order for the user',
    'user-data': 'the user’s name, phone, city, country and custom fields',
    'order-data': 'the order’s status, cost and payment',
    'order-positions': 'the order’s positions',
    payment: 'payments and access granted by the order',
  },
};
