import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, ftl, logIn, newResident, settle, useLanguage, type Lang } from './support';

// Published documents (issue 24): a visitor finds them from the header, searches, opens one
// and downloads its file; an official publishes a document with its file and a new version,
// and a file that lies about its type is refused with the form kept; a resident flags one for
// personal data. With JavaScript on and off, in Arabic and French.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

for (const lang of ['ar', 'fr'] as Lang[]) {
  test.describe(`documents (${lang})`, () => {
    const t = (key: string) => ftl(lang, key);
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('a visitor finds the budget from the header, searches, and downloads each version', async ({ page }, testInfo) => {
      await page.goto('/');
      await settle(page, testInfo);
      await page.getByRole('navigation', { name: t('nav-label') }).getByRole('link', { name: t('nav-documents') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('documents-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const budget = lang === 'ar' ? 'الميزانية البلدية لسنة 2026' : 'Budget municipal 2026';
      // Searched without the article and the final letter's form (Arabic), or the accent.
      await page.getByLabel(t('filter-search')).fill(lang === 'ar' ? 'ميزانيه' : 'budget municipal');
      await page.getByRole('button', { name: t('filter-apply') }).click();
      await expect(page).toHaveURL(/q=/);
      await expect(page.getByRole('link', { name: budget })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
      // A filter that matches nothing says so.
      await page.getByLabel(t('field-document-kind')).selectOption('minutes');
      await page.getByRole('button', { name: t('filter-apply') }).click();
      await expect(page.getByText(t('documents-empty'), { exact: true })).toBeVisible();
      await page.goto('/documents?kind=budget');
      await settle(page, testInfo);
      await page.getByRole('link', { name: budget }).click();
      await expect(page.getByRole('heading', { level: 1, name: budget })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      // Two versions listed, newest first; each one's file downloads under its own name.
      const rows = page.getByRole('table').getByRole('row');
      await expect(rows).toHaveCount(3);
      const [current] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('main').getByRole('link', { name: t('document-download'), exact: true }).click(),
      ]);
      expect(current.suggestedFilename()).toBe('budget-2026-corrige.pdf');
      const [first] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'budget-2026.pdf' }).click(),
      ]);
      expect(first.suggestedFilename()).toBe('budget-2026.pdf');
      // The feed the list offers.
      await page.goto('/documents');
      const feed = await page.request.get(await page.getByRole('link', { name: t('documents-feed') }).getAttribute('href') ?? '');
      expect(feed.status()).toBe(200);
      expect(await feed.text()).toContain('budget-2026');
    });

    test('an official publishes a document, then a new version; a file that lies is refused', async ({ page }, testInfo) => {
      test.setTimeout(150_000);
      await logIn(page, testInfo, lang, 'official@example.org', DEMO_PASSWORD);
      await page.goto('/documents');
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('document-new') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('document-new') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const run = `${testInfo.project.name}-${Date.now()}`;
      const title = lang === 'ar' ? `مداولة حول المكتبة ${run}` : `Délibération sur la bibliothèque ${run}`;
      const fill = async (fileName: string, content: Buffer) => {
        await page.getByLabel(t('field-document-kind')).selectOption('decision');
        await page.getByLabel(t('field-issued-on')).fill('2026-05-04');
        await page.getByLabel(lang === 'ar' ? t('field-title-ar') : t('field-title-fr')).fill(title);
        await page.getByLabel(t('field-document-file')).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: content });
      };
      // A web page named as a PDF: refused, what was typed kept (the file is chosen again).
      await fill('bibliotheque.pdf', Buffer.from('<html><body>not a pdf</body></html>'));
      await page.getByRole('button', { name: t('document-publish') }).click();
      await expect(page.getByText(t('error-file-type-refused'))).toBeVisible();
      await expect(page.getByLabel(lang === 'ar' ? t('field-title-ar') : t('field-title-fr'))).toHaveValue(title);
      await settle(page, testInfo);
      await fill('bibliotheque.pdf', PDF);
      await page.getByRole('button', { name: t('document-publish') }).click();
      await expect(page.getByText(t('notice-document-published'))).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      // A new version, from the document's page.
      await page.getByLabel(t('field-document-file')).setInputFiles({ name: 'bibliotheque-v2.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.from(run)]) });
      await page.getByLabel(t('field-version-note')).fill(lang === 'ar' ? 'إضافة الملحق' : 'Annexe ajoutée');
      await page.getByRole('button', { name: t('document-add-version') }).click();
      await expect(page.getByText(t('notice-version-added'))).toBeVisible();
      await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
      await expect(page.getByRole('link', { name: 'bibliotheque-v2.pdf' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'bibliotheque.pdf', exact: true })).toBeVisible();
      // The list shows it to anyone.
      await page.goto(`/documents?q=${encodeURIComponent(run)}`);
      await expect(page.getByRole('link', { name: title })).toBeVisible();
    });

    test('a resident flags a document for personal data; an unverified flag hides nothing', async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await newResident(page, testInfo, lang, 'flag-document', lang === 'ar' ? 'سلمى' : 'Salma');
      await page.goto('/documents?kind=report');
      await settle(page, testInfo);
      const report = lang === 'ar' ? 'تقرير النشاط السنوي 2025' : 'Rapport d’activité 2025';
      await page.getByRole('link', { name: report }).click();
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('document-flag') }).click();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByLabel(t('field-report-reason')).selectOption('personal-data');
      await page.getByRole('button', { name: t('report-submit') }).click();
      await expect(page.getByText(t('notice-report-sent'))).toBeVisible();
      await expect(page).toHaveURL(/\/documents\?notice=report-sent/);
      // A throwaway account's flag reaches the referents but does not hide the document.
      await page.goto('/documents?kind=report');
      await expect(page.getByRole('link', { name: report })).toBeVisible();
    });
  });
}
