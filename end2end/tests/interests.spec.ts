import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, ftl, logIn, settle, useLanguage, type Lang } from './support';

// Declared interests (issue 24): a visitor reads the official's declaration from the footer and
// compares two of its versions side by side; the official publishes a new version, told first
// that a gift needs its value; a referent may not declare. JavaScript on and off.
const OFFICIAL = 'Élue Nour';

for (const lang of ['ar', 'fr'] as Lang[]) {
  test.describe(`declared interests (${lang})`, () => {
    const t = (key: string) => ftl(lang, key);
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('a visitor reads a declaration and compares two versions', async ({ page }, testInfo) => {
      await page.goto('/');
      await settle(page, testInfo);
      await page.getByRole('contentinfo').getByRole('link', { name: t('footer-interests') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('interests-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByRole('link', { name: OFFICIAL }).click();
      await expect(page.getByRole('heading', { level: 1, name: OFFICIAL })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await expect(page.getByRole('cell', { name: 'Invitation au salon du bâtiment' }).first()).toBeVisible();
      await expect(page.getByRole('cell', { name: 'Conjoint' })).toBeVisible();
      // Versions 1 and 2 side by side: the activity removed, the gift added.
      await page.getByLabel(t('interests-compare-from')).selectOption('1');
      await page.getByLabel(t('interests-compare-to')).selectOption('2');
      await page.getByRole('button', { name: t('interests-compare') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('interests-compare') })).toBeVisible();
      const table = page.getByRole('table');
      await expect(table.getByRole('row', { name: new RegExp(`Architecte.*${t('interests-change-removed')}`) })).toBeVisible();
      await expect(table.getByRole('row', { name: new RegExp(`Invitation au salon du bâtiment.*${t('interests-change-added')}`) })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      // Each version's fingerprint is in the public log.
      await page.getByRole('link', { name: OFFICIAL }).click();
      await expect(page.getByText(t('interests-checksum'))).toBeVisible();
    });

    test('the official publishes a new version after giving a gift its value', async ({ page }, testInfo) => {
      test.setTimeout(150_000);
      await logIn(page, testInfo, lang, 'official@example.org', DEMO_PASSWORD);
      await page.goto('/interests');
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('interests-mine') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('interests-mine') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      // The newest version fills the form; the first empty gift row takes a new gift.
      await expect(page.locator('input[name="mandates-0-organisation"]')).toHaveValue('Association des parents d’élèves d’El Waha');
      const gift = `Livre offert ${lang}-${testInfo.project.name}`;
      let row = 0;
      while ((await page.locator(`input[name="gifts-${row}-what"]`).inputValue()) !== '') row++;
      await page.locator(`input[name="gifts-${row}-what"]`).fill(gift);
      await page.locator(`input[name="gifts-${row}-organisation"]`).fill('Maison d’édition');
      await page.getByRole('button', { name: t('interests-publish') }).click();
      await expect(page.getByText(t('error-gift-value-required'))).toBeVisible();
      await expect(page.locator(`input[name="gifts-${row}-what"]`)).toHaveValue(gift);
      await settle(page, testInfo);
      await page.locator(`input[name="gifts-${row}-amount"]`).fill('120');
      await page.getByRole('button', { name: t('interests-publish') }).click();
      await expect(page.getByText(t('notice-interests-saved'))).toBeVisible();
      await expect(page.getByRole('cell', { name: gift })).toBeVisible();
    });

    test('a referent may not publish a declaration', async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await logIn(page, testInfo, lang, 'referent@example.org', DEMO_PASSWORD);
      await page.goto('/interests');
      await settle(page, testInfo);
      await expect(page.getByRole('link', { name: t('interests-mine') })).toHaveCount(0);
      await page.goto('/interests/me');
      await expect(page.getByText(t('error-forbidden-declarant-only'))).toBeVisible();
    });
  });
}
