// Regenerates tests/fixtures/pages/*.html from the sandbox: the pages the content-script selectors
// are checked against (tests/selectors.test.ts). Run after changing the sandbox's admin pages:
//   node scripts/update-fixtures.mjs
import { writeFileSync } from 'node:fs';
import { startSandbox } from '../sandbox/index.js';

export const FIXTURE_PAGES = {
  'user-fields': '/pl/logic/context/custom-fields?contextName=UserContext',
  'deal-fields': '/pl/logic/context/custom-fields?contextName=DealContext',
  'user-field-edit': '/pl/logic/context/custom-fields?contextName=UserContext&fieldId=2001',
  'user-fields-late': '/pl/logic/context/custom-fields?contextName=UserContext&render=late',
  offers: '/pl/sales/offer/index',
  'offer-edit': '/pl/sales/offer/update?id=1001',
  processes: '/pl/tasks/mission/index',
  'process-settings': '/pl/tasks/mission/update?id=101',
  'process-editor': '/pl/tasks/mission/process?id=101',
  'api-keys': '/saas/account/api',
};

const sandbox = await startSandbox();
try {
  for (const [name, path] of Object.entries(FIXTURE_PAGES)) {
    const response = await fetch(`${sandbox.httpUrl}${path}`);
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    writeFileSync(`tests/fixtures/pages/${name}.html`, await response.text());
    console.log(`tests/fixtures/pages/${name}.html ← ${path}`);
  }
} finally {
  await sandbox.close();
}
