import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, ftl, logIn, settle, useLanguage, type Lang } from './support';

// Participation referents listed publicly (issue 24): a visitor follows the footer to them; the
// demo referent updates their entry. JavaScript on and off, Arabic and French.
for (const lang of ['ar', 'fr'] as Lang[]) {
  test.describe(`referents (${lang})`, () => {
    const t = (key: string) => ftl(lang, key);
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('a visitor follows the footer to the referents and their office hours', async ({ page }, testInfo) => {
      await page.goto('/');
      await settle(page, testInfo);
      await page.getByRole('contentinfo').getByRole('link', { name: t('footer-referents') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('referents-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await expect(page.getByText('71 000 000 (poste 12)')).toBeVisible();
      await expect(page.getByText(t('weekday-tue'))).toBeVisible();
    });

    test('the referent updates their entry; hours that are not opening_hours are refused', async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await logIn(page, testInfo, lang, 'referent@example.org', DEMO_PASSWORD);
      await page.goto('/referents');
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('referent-edit-own') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('referent-edit-own') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByLabel(t('field-referent-hours'), { exact: true }).fill('mardi matin');
      await page.getByRole('button', { name: t('referent-save') }).click();
      await expect(page.getByText(t('error-opening-hours-invalid'))).toBeVisible();
      await settle(page, testInfo);
      await page.getByLabel(t('field-referent-hours'), { exact: true }).fill('Tu,Th 09:00-12:00; Sa 09:00-11:00');
      await page.getByRole('button', { name: t('referent-save') }).click();
      await expect(page.getByText(t('notice-referent-saved'))).toBeVisible();
      await expect(page.getByText(t('weekday-sat'))).toBeVisible();
    });
  });
}
