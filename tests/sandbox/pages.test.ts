// @vitest-environment node
import { rawRequest, useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();

async function page(path: string): Promise<{ status: number; html: string; type: string }> {
  const response = await fetch(`${sandbox.httpUrl}${path}`);
  return { status: response.status, html: await response.text(), type: response.headers.get('content-type') ?? '' };
}

describe('admin pages (ref C.1–C.5)', () => {
  it('renders the common chrome: #gcAccountUserMenu, .gc-main-content, the CSRF input, UTF-8 (ref C.1)', async () => {
    const { status, html, type } = await page('/pl/sales/offer/index');
    expect(status).toBe(200);
    expect(type).toBe('text/html; charset=utf-8');
    expect(html).toContain('<div id="gcAccountUserMenu" class="gc-account-user-menu">');
    expect(html).toContain('<div class="gc-main-content">');
    expect(html).toContain('href="/pl/logic/context/custom-fields?contextName=DealContext"');
    const offer = await page('/pl/sales/offer/update?id=1001');
    expect(offer.html).toMatch(/<input type="hidden" name="YII_CSRF_TOKEN" value="[^"]+">/);
  });

  it('shows API keys shortened with date, creator, access type and name, never in full (ref B.3)', async () => {
    for (const path of ['/saas/account/api', '/pl/saas/account/api']) {
      const { status, html } = await page(path);
      expect(status).toBe(200);
      expect(html).toContain('Только чтение');
      expect(html).toContain('Чтение и запись');
      expect(html).toContain('2026-03-14 10:21');
      expect(html).toContain('Анна Владимирова');
      expect(html).toContain('Аналитика &#60;отчёты&#62;');
      for (const key of [sandbox.keys.readWrite, sandbox.keys.readOnly]) {
        expect(html).toContain(`${key.slice(0, 4)}…${key.slice(-4)}`);
        for (let i = 0; i + 12 <= key.length; i += 1) expect(html).not.toContain(key.slice(i, i + 12));
      }
    }
  });

  it("shows the trial school's own pages on its host (ref C.1)", async () => {
    const answer = await rawRequest(`${sandbox.httpUrl}/saas/account/api`, { host: 'trial.getcourse.ru' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Мария Лебедева');
    expect(answer.body).not.toContain('Анна Владимирова');
  });

  it('answers unknown paths, offers and processes with a 404 HTML page (ref A.8)', async () => {
    for (const path of [
      '/pl/nothing/here',
      '/pl/sales/offer/update?id=999',
      '/pl/tasks/mission/process?id=1',
      '/pl/logic/context/custom-fields?contextName=Nope',
      '/pl/api/account/payments?key=x',
    ]) {
      const { status, type, html } = await page(path);
      expect(status).toBe(404);
      expect(type).toContain('text/html');
      expect(html).toContain('Страница не найдена');
    }
  });
});
