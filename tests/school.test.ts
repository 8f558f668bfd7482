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

describe('a school address names one host', () => {
  // The URL parser lets these through; a school at such an address would ask the browser for a
  // wildcard host permission (`https://*.example.com/*`) and get content scripts on every subdomain.
  it.each([
    'https://*.example.com',
    'https://a*b.example.com',
    'https://a%2Ab.example.com', // `*` percent-encoded: the parser decodes it
    'https://*.example.com/pl/teach',
    'https://a_b.example.com',
    'https://a!b.example.com',
    "https://a'b.example.com",
    'https://a{b}.example.com',
    'https://a..b.example.com',
    'https://example.com.',
  ])('refuses %s', (href) => {
    expect(new URL(href).origin).toMatch(/^https:\/\//); // a URL all the same
    expect(schoolFromUrl(href)).toBeNull();
  });

  it.each([
    ['https://school.example.com', 'https://school.example.com'],
    ['https://xn--80aswg.xn--p1ai', 'https://xn--80aswg.xn--p1ai'],
    ['https://школа.рф/pl/teach', 'https://xn--80atdl2c.xn--p1ai'],
    ['https://my-school.getcourse.ru', 'https://my-school.getcourse.ru'],
  ])('still takes %s', (href, origin) => {
    expect(schoolFromUrl(href)?.origin).toBe(origin);
  });
});
