import { DEFAULT_STANDARD, transliterate } from '@/utils/transliterate';

// Expected spellings come from outside the code: the iuliia outputs and passport examples quoted in
// fact sheet G.1, and words spelled by hand from the G.1 table.
describe('transliterate, ICAO Doc 9303 (default)', () => {
  it('is the default', () => {
    expect(DEFAULT_STANDARD).toBe('icao-9303');
    expect(transliterate('Щука Цирк')).toBe(transliterate('Щука Цирк', 'icao-9303'));
  });

  it('matches the examples in fact sheet G.1', () => {
    expect(transliterate('Дата рождения')).toBe('Data rozhdeniia');
    expect(transliterate('Съешь ещё')).toBe('Sieesh eshche');
    expect(transliterate('Андрей')).toBe('Andrei');
    expect(transliterate('Яна')).toBe('Iana');
  });

  it.each([
    ['Щука', 'Shchuka'],
    ['Цирк', 'Tsirk'],
    ['Йогурт', 'Iogurt'],
    ['Съезд', 'Sieezd'],
    ['Хлеб', 'Khleb'],
    ['Ёлка', 'Elka'],
    ['Семья', 'Semia'],
    ['Объявление', 'Obieiavlenie'],
    ['Эхо', 'Ekho'],
    ['Юлия', 'Iuliia'],
    ['Мышь', 'Mysh'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it('spells Ukrainian, Belarusian and Kazakh letters in ASCII', () => {
    expect(transliterate('Їжак Ґанок Єва Місто')).toBe('Izhak Ganok Ieva Misto');
    expect(transliterate('Ўзровень Воўк')).toBe('Uzroven Vouk');
    expect(transliterate('Қала Әже Өңір Ұлт Үй Ғылым Һ')).toBe('Qala Azhe Onir Ult Ui Gylym H');
  });
});

describe('transliterate, GOST 7.79 system B (backtick marks dropped)', () => {
  const gost = (s: string) => transliterate(s, 'gost-7.79-b');

  it('matches the examples in fact sheet G.1 without the backticks', () => {
    expect(gost('Дата рождения')).toBe('Data rozhdeniya');
    expect(gost('Съешь ещё')).toBe('Sesh eshhyo'); // iuliia: S``esh` eshhyo
  });

  it.each([
    ['Щука', 'Shhuka'],
    ['Йогурт', 'Jogurt'],
    ['Съезд', 'Sezd'],
    ['Хлеб', 'Xleb'],
    ['Ёлка', 'Yolka'],
    ['Эхо', 'Exo'],
    ['Юля', 'Yulya'],
    ['Мышь', 'Mysh'],
    ['Быть', 'Byt'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(gost(cyrillic)).toBe(latin);
  });

  it('writes ц as c before е, и, й, ы and as cz elsewhere', () => {
    expect(gost('Цирк Цех цыпа Цйа')).toBe('Cirk Cex cypa Cja');
    expect(gost('Цапля шиц ЦА ЦЫ')).toBe('Czaplya shicz CZA CY');
  });

  it('spells Ukrainian letters by its own table', () => {
    expect(gost('Їжак Ґанок Єва Ўзровень')).toBe('Yizhak Ganok Yeva Uzroven');
  });
});

describe('transliterate, case and untouched text', () => {
  it('follows the case of the source', () => {
    expect(transliterate('Жук')).toBe('Zhuk');
    expect(transliterate('ЖУК')).toBe('ZHUK');
    expect(transliterate('Ж')).toBe('Zh');
    expect(transliterate('ЩИ')).toBe('SHCHI');
    expect(transliterate('ВАЩ')).toBe('VASHCH');
    expect(transliterate('ЮЛИЯ Юлия юлия')).toBe('IULIIA Iuliia iuliia');
    expect(transliterate('ЖW Жw')).toBe('ZHW Zhw');
    expect(transliterate('ЧАТ-бот')).toBe('CHAT-bot');
  });

  it('leaves every non-Cyrillic character alone', () => {
    const text = 'utm_source 123 🎓 café 城市 مدينة \u202Eabc\u200B <b>"\'`';
    expect(transliterate(text)).toBe(text);
    expect(transliterate(text, 'gost-7.79-b')).toBe(text);
    expect(transliterate('utm_метка: «Ёж»!')).toBe('utm_metka: «Ezh»!');
  });

  it('gives only ASCII letters for the whole Russian alphabet, in both standards', () => {
    const alphabet = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
    for (const standard of ['icao-9303', 'gost-7.79-b'] as const) {
      expect(transliterate(alphabet, standard)).toMatch(/^[a-z]+$/);
      expect(transliterate(alphabet.toUpperCase(), standard)).toMatch(/^[A-Z]+$/);
    }
  });

  it('handles long input', () => {
    expect(transliterate('щ'.repeat(10_000))).toBe('shch'.repeat(10_000));
    expect(transliterate('x'.repeat(10_000))).toBe('x'.repeat(10_000));
    expect(transliterate('')).toBe('');
  });
});
