import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { DEMO_SUPPORTS_OPEN, expectAccessible, ftl, newVerifiedResident, settle, useLanguage, type Lang } from './support';

/**
 * Every action the proposal list offers, where it offers it, with JavaScript on and off:
 * support and withdraw on a card, unfiltered, filtered, searched and on the second page. After
 * each, the page must still be the list (with its filters), and the card must say what
 * happened. (With JavaScript, supporting from the unfiltered list used to replace the whole
 * page with "the form sent is incomplete".)
 */

/** This run's number among the four (language × project) that run side by side. */
function run(lang: Lang, project: string): number {
  return (lang === 'ar' ? 0 : 2) + (project === 'javascript' ? 0 : 1);
}

/** A demo census identity per run (each verifies one account only). */
function identity(lang: Lang, project: string): [string, string] {
  const n = 31 + run(lang, project);
  return [`100000${n}`, `${1960 + n}`];
}

/** A card no other run touches: counted from the end of the list (the proposals nobody supports yet). */
async function ownCard(page: Page, k: number): Promise<Locator> {
  const cards = page.locator('.proposal-card');
  const n = await cards.count();
  expect(n, 'enough cards for the four runs').toBeGreaterThan(k);
  return cards.nth(n - 1 - k);
}

for (const lang of ['ar', 'fr'] as Lang[]) {
  const t = (key: string) => ftl(lang, key);

  /** The page is the proposal list, with at least one card. */
  async function expectList(page: Page) {
    await expect(page.getByRole('heading', { level: 1, name: t('proposals-title') })).toBeVisible();
    await expect(page.locator('.proposal-card').first()).toBeVisible();
    await expect(page.getByText(t('error-bad-request'))).toHaveCount(0);
  }

  /** Supports the card, then withdraws the support, checking the card and the page each time. */
  async function supportAndWithdraw(page: Page, testInfo: TestInfo, card: Locator) {
    const url = page.url();
    const title = await card.getByRole('heading', { level: 2 }).innerText();
    // Other runs may support the same proposal meanwhile, so the card's own count is only
    // required to be shown; the reader's supports left (theirs alone) must change, then come back.
    const left = page.locator('#supports-left');
    const leftBefore = await left.innerText();
    await card.getByRole('button', { name: t('support-action') }).click();
    const after = page.locator('.proposal-card').filter({ hasText: title });
    await expect(after.getByText(t('support-done'))).toBeVisible();
    await expect(after.locator('.support-count')).toBeVisible();
    await expect(left).not.toHaveText(leftBefore);
    await expectList(page);
    expect(page.url()).toBe(url);
    await settle(page, testInfo);
    await after.getByRole('button', { name: t('support-withdraw') }).click();
    await expect(after.getByRole('button', { name: t('support-action') })).toBeVisible();
    await expect(after.locator('.support-count')).toBeVisible();
    await expect(left).toHaveText(leftBefore);
    await expectList(page);
    expect(page.url()).toBe(url);
  }

  test.describe(`proposal list (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('a verified resident supports and withdraws from the list: unfiltered, filtered, searched, on page 2', async ({ page }, testInfo) => {
      await newVerifiedResident(page, testInfo, lang, 'lister', identity(lang, testInfo.project.name));
      const list = `${DEMO_SUPPORTS_OPEN}/proposals`;
      const k = run(lang, testInfo.project.name);

      // Unfiltered.
      await page.goto(list);
      await settle(page, testInfo);
      await expectList(page);
      await expectAccessible(page, testInfo);
      await expect(page.locator('#supports-left')).toBeVisible();
      await supportAndWithdraw(page, testInfo, await ownCard(page, k));

      // A district, chosen in the filter form.
      await page.getByLabel(t('field-district')).selectOption({ index: 1 });
      await page.getByRole('button', { name: t('filter-apply') }).click();
      await expect(page).toHaveURL(/district=/);
      await settle(page, testInfo);
      await expectList(page);
      const district = await page.getByLabel(t('field-district')).inputValue();
      expect(district).not.toBe('');
      await supportAndWithdraw(page, testInfo, await ownCard(page, k));
      await expect(page.getByLabel(t('field-district'))).toHaveValue(district);

      // Words searched, newest first.
      await page.goto(list);
      await settle(page, testInfo);
      await page.getByLabel(t('filter-search')).fill(lang === 'ar' ? 'الحديقة' : 'quartier');
      await page.getByLabel(t('field-order')).selectOption('newest');
      await page.getByRole('button', { name: t('filter-apply') }).click();
      await expect(page).toHaveURL(/q=.*order=newest/);
      await settle(page, testInfo);
      await expectList(page);
      await supportAndWithdraw(page, testInfo, await ownCard(page, k));

      // The second page, newest first (an order that a support does not change).
      await page.goto(`${list}?order=newest`);
      await settle(page, testInfo);
      await page.getByRole('navigation', { name: t('pagination-label') }).getByRole('link', { name: t('pagination-next') }).click();
      await expect(page).toHaveURL(/page=2/);
      await settle(page, testInfo);
      await expectList(page);
      await expectAccessible(page, testInfo);
      await supportAndWithdraw(page, testInfo, await ownCard(page, k));
      await page.getByRole('navigation', { name: t('pagination-label') }).getByRole('link', { name: t('pagination-previous') }).click();
      await expect(page).not.toHaveURL(/page=2/);
      await expectList(page);
    });
  });
}
