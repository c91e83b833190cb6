import { expect, test, type Page } from '@playwright/test';
import {
  DEMO_OVERDUE_PROPOSALS, DEMO_PASSWORD, expectAccessible, ftl, settle, useLanguage, type Lang,
} from './support';

/**
 * What a visitor is offered must lead somewhere (issue 20: the "log in to comment" link under
 * every thread went to a 404 page, and no journey clicked it). A visitor opens the main public
 * pages of the demo and every same-site link on them is requested (no 404, no 5xx); then,
 * under a debate's, a proposal's and a meeting's thread, "log in to comment" leads to the
 * login form, and the demo resident lands back on the thread, which now takes a comment.
 */

/** The demo (server/src/seed.rs). */
const DEMO_DEBATE = '/debates/6d616a6c-6973-0000-0000-000000003000';
const PARK_MEETING = '/meetings/6d616a6c-6973-0000-0000-000000004000';
const DEMO_RESIDENT = 'resident@example.org';

/** The same-site links of the page, without their fragment, once each. */
async function sameSiteLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.split('#')[0]).filter((h) => h.startsWith('/') && !h.startsWith('//')))];
}

for (const lang of ['ar', 'fr'] as Lang[]) {
  const t = (key: string) => ftl(lang, key);

  test.describe(`a visitor's links (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('every link on the main public pages leads to a page', async ({ page }, testInfo) => {
      test.setTimeout(240_000);
      // The consultations of the demo, from their list.
      await page.goto('/consultations');
      await settle(page, testInfo);
      const consultations = (await sameSiteLinks(page)).filter((h) => /^\/consultations\/[0-9a-f-]{36}$/.test(h));
      expect(consultations.length, 'the demo consultations are listed').toBeGreaterThanOrEqual(3);
      const pages = [
        '/', '/consultations', ...consultations, DEMO_OVERDUE_PROPOSALS[0], DEMO_DEBATE, '/meetings',
        PARK_MEETING, '/accountability', '/moderation/log',
      ];
      const checked = new Map<string, number>();
      for (const path of pages) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await settle(page, testInfo);
        await expectAccessible(page, testInfo);
        for (const href of await sameSiteLinks(page)) {
          if (checked.has(href)) continue;
          // With the page's own context (its cookies), as a click would; redirects followed.
          const status = (await page.request.get(href)).status();
          checked.set(href, status);
          expect(status, `${href} (a link on ${path})`).not.toBe(404);
          expect(status, `${href} (a link on ${path})`).toBeLessThan(500);
        }
        // The language links set the language cookie: back to this run's language.
        await useLanguage(page, lang);
      }
      expect(checked.size, 'links were followed').toBeGreaterThan(20);
    });

    for (const [what, thread] of [
      ['a debate', DEMO_DEBATE],
      ['a proposal', DEMO_OVERDUE_PROPOSALS[0]],
      ['a meeting', PARK_MEETING],
    ] as const) {
      test(`"log in to comment" under ${what} leads to the login and back to the thread`, async ({ page }, testInfo) => {
        await page.goto(thread);
        await settle(page, testInfo);
        const comments = page.locator('#comments');
        await expect(comments.locator('form.comment-form')).toHaveCount(0);
        await comments.getByRole('link', { name: t('comment-login') }).click();
        await expect(page.getByRole('heading', { level: 1, name: t('login-title') })).toBeVisible();
        await settle(page, testInfo);
        await expectAccessible(page, testInfo);
        await page.getByLabel(t('field-email')).fill(DEMO_RESIDENT);
        await page.getByLabel(t('field-password'), { exact: true }).fill(DEMO_PASSWORD);
        await page.getByRole('main').getByRole('button', { name: t('login-submit') }).click();
        await expect(page).toHaveURL(new RegExp(`${thread}(\\?|#|$)`));
        await settle(page, testInfo);
        await expect(page.getByRole('navigation').getByRole('button', { name: t('nav-logout') })).toBeVisible();
        await expect(page.locator('#comments form.comment-form')).toBeVisible();
      });
    }
  });
}
