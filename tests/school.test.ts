import { schoolFromUrl } from '@/utils/school';

describe('schoolFromUrl (fact sheet C.1)', () => {
  it('reads the account from technical domains', () => {
    expect(schoolFromUrl('https://myschool.getcourse.ru/pl/sales/offer/index')).toEqual({
      host: 'myschool.getcourse.ru',
      origin: 'https://myschool.getcourse.ru',
      account: 'myschool',
      domainKind: 'technical',
    });
    expect(schoolFromUrl('https://Academy-2.getcourse.io/saas/account/api')?.account).toBe('academy-2');
  });

  it('keeps a non-default port in host and origin', () => {
    expect(schoolFromUrl('https://school.getcourse.ru:8443/pl')?.origin).toBe('https://school.getcourse.ru:8443');
  });

  it('treats other https hosts as custom school domains', () => {
    expect(schoolFromUrl('https://learn.example.com/pl/sales/offer/index')).toMatchObject({ account: null, domainKind: 'custom' });
  });

  it('rejects GetCourse service hosts, plain http, bare and broken URLs', () => {
    expect(schoolFromUrl('https://fs.getcourse.ru/fileservice/file/download/a/b')).toBeNull();
    expect(schoolFromUrl('https://www.getcourse.ru/')).toBeNull();
    expect(schoolFromUrl('https://getcourse.ru/')).toBeNull();
    expect(schoolFromUrl('http://school.getcourse.ru/')).toBeNull();
    expect(schoolFromUrl('https://a.b.getcourse.ru/')).toBeNull();
    expect(schoolFromUrl('chrome-extension://abc/popup.html')).toBeNull();
    expect(schoolFromUrl(undefined)).toBeNull();
    expect(schoolFromUrl('::')).toBeNull();
  });
});
