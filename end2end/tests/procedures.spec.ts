import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, ftl, logIn, settle, useLanguage, type Lang } from './support';

// The catalogue of procedures (issue 24): a visitor finds a procedure from the header, reads
// its documents, steps and the office's week; an official adds a procedure, told what is wrong
// with the form first; Open311 clients read the same catalogue. JavaScript on and off.
for (const lang of ['ar', 'fr'] as Lang[]) {
  test.describe(`procedures (${lang})`, () => {
    const t = (key: string) => ftl(lang, key);
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('a visitor finds the birth certificate and reads what to bring and when the office is open', async ({ page }, testInfo) => {
      await page.goto('/');
      await settle(page, testInfo);
      await page.getByRole('navigation', { name: t('nav-label') }).getByRole('link', { name: t('nav-procedures') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('procedures-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByLabel(t('filter-search')).fill(lang === 'ar' ? 'ولادة' : 'naissance');
      await page.getByRole('button', { name: t('filter-apply') }).click();
      const title = lang === 'ar' ? 'مضمون ولادة' : 'Extrait d’acte de naissance';
      await page.getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await expect(page.getByRole('heading', { name: t('procedure-documents') })).toBeVisible();
      await expect(page.getByRole('heading', { name: t('procedure-steps') })).toBeVisible();
      const week = page.getByRole('table', { name: t('procedure-opening-hours') });
      await expect(week.getByRole('row')).toHaveCount(7);
      await expect(week.getByRole('row', { name: t('weekday-sun') })).toContainText(t('procedure-closed'));
      await expect(week.getByRole('row', { name: t('weekday-mon') })).toContainText('08:00–12:30');
      // Open311 lists the same catalogue.
      const services = await page.request.get(`/open311/v2/services.json?locale=${lang}`);
      expect(services.status()).toBe(200);
      expect(JSON.stringify(await services.json())).toContain(title);
    });

    test('an official adds a procedure after fixing what the form points out', async ({ page }, testInfo) => {
      test.setTimeout(150_000);
      await logIn(page, testInfo, lang, 'official@example.org', DEMO_PASSWORD);
      await page.goto('/procedures');
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('procedure-new') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('procedure-new') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const code = `market-stall-${lang}-${testInfo.project.name}-${Date.now() % 100000}`;
      const title = lang === 'ar' ? 'رخصة انتصاب بالسوق' : 'Autorisation d’étal au marché';
      await page.getByLabel(t('field-procedure-code'), { exact: true }).fill(code);
      await page.getByLabel(t('field-procedure-category')).selectOption('business');
      await page.getByLabel(t('field-opening-hours'), { exact: true }).fill('le matin');
      await page.getByLabel(lang === 'ar' ? t('field-procedure-title-ar') : t('field-procedure-title-fr')).fill(title);
      await page.getByRole('button', { name: t('procedure-save') }).click();
      await expect(page.getByText(t('error-opening-hours-invalid'))).toBeVisible();
      await expect(page.getByLabel(t('field-procedure-code'), { exact: true })).toHaveValue(code);
      await settle(page, testInfo);
      await page.getByLabel(t('field-opening-hours'), { exact: true }).fill('Mo-Sa 07:00-11:00');
      await page.getByRole('button', { name: t('procedure-save') }).click();
      await expect(page.getByText(t('notice-procedure-saved'))).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('table', { name: t('procedure-opening-hours') }).getByRole('row', { name: t('weekday-sat') })).toContainText('07:00–11:00');
    });
  });
}
