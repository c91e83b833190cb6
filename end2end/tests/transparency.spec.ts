import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_TOTP, T, enterSecondFactor, expectAccessible, ftl, settle, useLanguage, type Lang } from './support';

// Transparency (issue 23): what a visitor reaches from every page's footer, and the open data
// package an administrator makes and anyone downloads, with JavaScript on and off.
for (const lang of ['ar', 'fr'] as Lang[]) {
  test.describe(`transparency (${lang})`, () => {
    test('a visitor follows the footer to the statistics, the log of public acts and the API', async ({ page }, testInfo) => {
      await useLanguage(page, lang);
      await page.goto('/');
      await settle(page, testInfo);
      const footer = page.getByRole('contentinfo');

      // Statistics: figures, charts drawn on the server, then one consultation's.
      await footer.getByRole('link', { name: ftl(lang, 'footer-statistics') }).click();
      await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'statistics-title') })).toBeVisible();
      await expect(page.locator('svg[role="img"]').first()).toBeVisible();
      await expect(page.getByText(ftl(lang, 'statistics-supports'), { exact: true }).first()).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByLabel(ftl(lang, 'statistics-choose')).selectOption({ index: 1 });
      await page.getByRole('button', { name: ftl(lang, 'filter-apply') }).click();
      await expect(page).toHaveURL(/consultation=/);
      await expect(page.getByRole('link', { name: ftl(lang, 'statistics-whole') })).toBeVisible();
      await settle(page, testInfo);

      // The log of public acts: the demo's supports are in it, each with its proof.
      await page.getByRole('contentinfo').getByRole('link', { name: ftl(lang, 'footer-transparency') }).click();
      await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'transparency-title') })).toBeVisible();
      await expect(page.getByRole('cell', { name: ftl(lang, 'act-support-given') }).first()).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      // The consistency proof between two sizes, asked with the form (a plain GET), answered on
      // the page in the reader's language; the same proof as JSON for tools.
      await page.getByLabel(ftl(lang, 'transparency-proof-old')).fill('1');
      await page.getByRole('button', { name: ftl(lang, 'transparency-proof-submit') }).click();
      await expect(page).toHaveURL(/\/transparency\?old=1&new=\d+/);
      await expect(page.getByRole('heading', { name: ftl(lang, 'transparency-proof-title') })).toBeVisible();
      await expect(page.locator('.proof-hashes li').first()).toBeVisible();
      await settle(page, testInfo);
      // Sizes that name no state: told why, on the page, what was typed kept.
      await page.getByLabel(ftl(lang, 'transparency-proof-old')).fill('999999');
      await page.getByRole('button', { name: ftl(lang, 'transparency-proof-submit') }).click();
      await expect(page.getByText(ftl(lang, 'transparency-proof-out-of-range'))).toBeVisible();
      await expect(page.getByLabel(ftl(lang, 'transparency-proof-old'))).toHaveValue('999999');
      // An entry's number leads to its inclusion proof on the page, then as JSON.
      await page.locator('a[href^="/transparency?index="]').first().click();
      await expect(page).toHaveURL(/\/transparency\?index=\d+&size=\d+/);
      await expect(page.getByText(ftl(lang, 'transparency-proof-leaf'))).toBeVisible();
      await settle(page, testInfo);
      await page.getByRole('link', { name: ftl(lang, 'transparency-proof-json') }).click();
      await expect(page.locator('body')).toContainText('"tree_size"');
      // The public key, as text.
      await page.goto('/transparency');
      await page.getByRole('link', { name: ftl(lang, 'transparency-key-link') }).click();
      await expect(page.locator('body')).toContainText('/public-acts+');

      // The API's readable page and its OpenAPI document.
      await page.goto('/');
      await page.getByRole('contentinfo').getByRole('link', { name: ftl(lang, 'footer-developers') }).click();
      await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'developers-title') })).toBeVisible();
      await expect(page.getByText('/api/v1/proposals', { exact: false }).first()).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByRole('link', { name: ftl(lang, 'developers-openapi') }).click();
      await expect(page.locator('body')).toContainText('"openapi": "3.1');
    });

    test('an administrator makes the open data package and a visitor downloads it', async ({ page, browser }, testInfo) => {
      test.setTimeout(120_000);
      const t = T[lang];
      await useLanguage(page, lang);
      await page.goto('/account/login');
      await settle(page, testInfo);
      await page.getByLabel(t.email).fill(DEMO_ADMIN.email);
      await page.getByLabel(t.password, { exact: true }).fill(DEMO_ADMIN.password);
      await page.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await enterSecondFactor(page, testInfo, lang, DEMO_TOTP[DEMO_ADMIN.email]);
      await page.goto('/');
      await page.getByRole('contentinfo').getByRole('link', { name: ftl(lang, 'footer-open-data') }).click();
      await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'opendata-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const make = page.getByRole('button', { name: ftl(lang, 'opendata-generate') });
      if (await make.isEnabled()) {
        await make.click();
        // Either it is being made (one is already, from another test: told so), or it has begun.
        await expect(page.getByText(ftl(lang, 'notice-open-data-started')).or(page.getByText(ftl(lang, 'error-conflict-export-running')))).toBeVisible();
      }
      // The page reloads itself while the package is made; then it offers the download.
      await expect(page.getByRole('link', { name: ftl(lang, 'opendata-download') })).toBeVisible({ timeout: 60_000 });

      // A visitor (no account) downloads it.
      const visitor = await browser.newPage();
      await useLanguage(visitor, lang);
      await visitor.goto('/open-data');
      const download = visitor.waitForEvent('download');
      await visitor.getByRole('link', { name: ftl(lang, 'opendata-download') }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^majlis-open-data-\d{4}-\d{2}-\d{2}\.zip$/);
      // And a consultation's own package, listed below (made after the municipality's).
      const theirs = visitor.locator('a[href^="/open-data/consultations/"]').first();
      await expect(async () => {
        await visitor.reload();
        await expect(theirs).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 90_000 });
      const second = visitor.waitForEvent('download');
      await theirs.click();
      expect((await second).suggestedFilename()).toMatch(/^majlis-open-data-consultation-[0-9a-f-]{36}-\d{4}-\d{2}-\d{2}\.zip$/);
      await visitor.close();
    });
  });
}
