import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, ftl, logIn, settle, useLanguage, type Lang } from './support';

// Requests residents follow end to end (issue 24): a visitor asks for a building permit online
// and is sent to log in first; the demo resident sends it (told what is missing on the form
// first), gets a tracking code, and anyone follows it with the code from the footer. The
// referent finds it in the queue, takes it out of order only with a reason, and marks it
// incomplete; the resident sends what is missing. JavaScript on and off, in Arabic and French.
const PERMIT_AR = 'رخصة البناء';
const PERMIT_FR = 'Permis de bâtir';

async function sendPermitRequest(page: Page, testInfo: TestInfo, lang: Lang, address: string): Promise<string> {
  const t = (key: string) => ftl(lang, key);
  await page.goto('/procedures/building-permit');
  await settle(page, testInfo);
  await page.getByRole('link', { name: t('procedure-request-online') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('request-new') })).toBeVisible();
  await settle(page, testInfo);
  await expectAccessible(page, testInfo);
  // The nature of the works is required: told, and the address typed is kept.
  const addressLabel = lang === 'ar' ? 'عنوان العقار' : 'Adresse du terrain';
  await page.getByLabel(addressLabel).fill(address);
  await page.getByRole('button', { name: t('request-submit') }).click();
  await expect(page.getByText(t('error-required')).first()).toBeVisible();
  await expect(page.getByLabel(addressLabel)).toHaveValue(address);
  await settle(page, testInfo);
  await page.getByLabel(lang === 'ar' ? 'نوع الأشغال' : 'Nature des travaux').selectOption('توسعة / Extension');
  await page.getByRole('button', { name: t('request-submit') }).click();
  await expect(page.getByText(t('notice-request-sent'))).toBeVisible();
  await expect(page.getByText(address)).toBeVisible();
  const code = (await page.locator('.tracked code').first().textContent()) ?? '';
  expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
  return code;
}

for (const lang of ['ar', 'fr'] as Lang[]) {
  test.describe(`requests (${lang})`, () => {
    const t = (key: string) => ftl(lang, key);
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('a visitor is asked to log in, the resident sends a permit request and anyone tracks it', async ({ page, browser }, testInfo) => {
      test.setTimeout(120_000);
      await page.goto('/procedures/building-permit');
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('procedure-request-online') }).click();
      // The login link comes back to the form.
      await page.getByRole('main').getByRole('link', { name: t('nav-login') }).first().click();
      await settle(page, testInfo);
      await page.getByLabel(t('field-email')).fill('resident@example.org');
      await page.getByLabel(t('field-password'), { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('main').getByRole('button', { name: t('login-submit') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('request-new') })).toBeVisible();
      const address = `${lang}-${testInfo.project.name}-${Date.now() % 100000} rue des Oliviers`;
      const code = await sendPermitRequest(page, testInfo, lang, address);
      // Listed among the resident's requests from the header.
      await page.getByRole('navigation', { name: t('nav-label') }).getByRole('link', { name: t('nav-my-requests') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('my-requests-title') })).toBeVisible();
      await expect(page.getByText(code)).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      // Anyone with the code, from the footer: the status and history, not the answers.
      const other = await browser.newContext({ javaScriptEnabled: testInfo.project.name === 'javascript' });
      const visitor = await other.newPage();
      await useLanguage(visitor, lang);
      await visitor.goto('/');
      await settle(visitor, testInfo);
      await visitor.getByRole('contentinfo').getByRole('link', { name: t('footer-track') }).click();
      await expect(visitor.getByRole('heading', { level: 1, name: t('track-title') })).toBeVisible();
      await settle(visitor, testInfo);
      await visitor.getByLabel(t('field-tracking-code')).fill('ABCD');
      await visitor.getByRole('button', { name: t('track-submit') }).click();
      await expect(visitor.getByText(t('error-tracking-code-invalid'))).toBeVisible();
      await settle(visitor, testInfo);
      await visitor.getByLabel(t('field-tracking-code')).fill(code.toLowerCase());
      await visitor.getByRole('button', { name: t('track-submit') }).click();
      await expect(visitor.getByRole('heading', { name: lang === 'ar' ? PERMIT_AR : PERMIT_FR })).toBeVisible();
      await expect(visitor.locator('.tracked').getByText(t('request-status-received')).first()).toBeVisible();
      await expect(visitor.getByText(address)).toHaveCount(0);
      await settle(visitor, testInfo);
      await expectAccessible(visitor, testInfo);
      await other.close();
    });

    test('the referent takes a request out of order only with a reason, and the resident sends what is missing', async ({ page, browser }, testInfo) => {
      test.setTimeout(180_000);
      await logIn(page, testInfo, lang, 'resident@example.org', DEMO_PASSWORD);
      const address = `${lang}-${testInfo.project.name}-${Date.now() % 100000} avenue Bourguiba`;
      const code = await sendPermitRequest(page, testInfo, lang, address);
      const requestUrl = page.url().split('?')[0];
      // The referent: staff area → queue → the request (older ones wait: out of order).
      const staff = await browser.newContext({ javaScriptEnabled: testInfo.project.name === 'javascript' });
      const clerk = await staff.newPage();
      await useLanguage(clerk, lang);
      await logIn(clerk, testInfo, lang, 'referent@example.org', DEMO_PASSWORD);
      await clerk.goto('/staff');
      await settle(clerk, testInfo);
      await clerk.getByRole('main').getByRole('link', { name: t('queue-title') }).click();
      await expect(clerk.getByRole('heading', { level: 1, name: t('queue-title') })).toBeVisible();
      await settle(clerk, testInfo);
      await expectAccessible(clerk, testInfo);
      await clerk.goto(requestUrl);
      await settle(clerk, testInfo);
      await expect(clerk.getByText(address)).toBeVisible();
      await expect(clerk.getByText(t('request-out-of-order'))).toBeVisible();
      await clerk.getByRole('button', { name: t('request-take') }).click();
      await expect(clerk.getByText(t('error-out-of-order-reason-required')).first()).toBeVisible();
      await settle(clerk, testInfo);
      await clerk.getByLabel(t('field-take-reason')).fill('Urgence : chantier arrêté');
      await clerk.getByRole('button', { name: t('request-take') }).click();
      await expect(clerk.getByText(t('notice-request-taken'))).toBeVisible();
      await settle(clerk, testInfo);
      // Incomplete needs a note for the resident.
      await clerk.getByLabel(t('field-request-to')).selectOption('incomplete');
      await clerk.getByRole('button', { name: t('request-move-submit') }).click();
      await expect(clerk.getByText(t('error-request-note-required'))).toBeVisible();
      await settle(clerk, testInfo);
      await clerk.getByLabel(t('field-request-to')).selectOption('incomplete');
      await clerk.getByLabel(t('field-request-note'), { exact: true }).fill('Il manque le plan de situation.');
      await clerk.getByRole('button', { name: t('request-move-submit') }).click();
      await expect(clerk.getByText(t('notice-request-status-changed'))).toBeVisible();
      await staff.close();
      // The resident is told in their notifications (named in the account's language), and
      // sends what is missing.
      await page.goto('/notifications');
      await settle(page, testInfo);
      await expect(page.getByRole('link', { name: new RegExp(`${PERMIT_AR}.*${t('request-status-incomplete')}`) }).first()).toBeVisible();
      await page.goto(requestUrl);
      await settle(page, testInfo);
      await expect(page.getByText('Il manque le plan de situation.')).toBeVisible();
      await expect(page.getByText(t('track-paused'))).toBeVisible();
      await page.getByLabel(t('field-missing-note')).fill('Plan joint.');
      await page.getByLabel(t('field-attachment')).setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
      await page.getByRole('button', { name: t('request-missing-submit') }).click();
      await expect(page.getByText(t('notice-request-missing-sent'))).toBeVisible();
      await expect(page.getByRole('link', { name: 'plan.pdf' })).toBeVisible();
      expect(code.length).toBe(24);
    });
  });
}
