import { expect, test } from '@playwright/test';
import {
  DEMO_OVERDUE_PROPOSALS, DEMO_PASSWORD, DEMO_PROPOSALS_OPEN, DEMO_SUPPORTS_OPEN, expectAccessible, ftl,
  linkIn, logIn, register, settle, uniqueEmail, useLanguage, waitForMail, type Lang,
} from './support';

const PASSWORD = 'olive-tree-2026';

/** One demo census identity per run (an identity verifies one account only). */
function censusIdentity(lang: Lang, project: string): [string, string] {
  const n = 11 + (lang === 'ar' ? 0 : 2) + (project === 'javascript' ? 0 : 1);
  return [`100000${n}`, `${1960 + n}`];
}

for (const lang of ['ar', 'fr'] as Lang[]) {
  const t = (key: string) => ftl(lang, key);

  test.describe(`participation (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('a resident gets verified, supports a proposal, withdraws it, and proposes after seeing similar ones', async ({ page }, testInfo) => {
      const email = uniqueEmail(`participant-${lang}`, testInfo);
      const name = lang === 'ar' ? 'يوسف الجربي' : 'Youssef Jerbi';
      await register(page, testInfo, lang, name, email, PASSWORD);
      const mail = await waitForMail(email, lang === 'ar' ? 'أكّد بريدك الإلكتروني' : 'confirmez votre adresse e-mail');
      await page.goto(linkIn(mail, '/account/confirm?token='));
      await settle(page, testInfo);
      await page.getByRole('button', { name: t('confirm-submit') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('login-title') })).toBeVisible();
      await logIn(page, testInfo, lang, email, PASSWORD);

      // Unverified: the proposal list says how to become able to support.
      await page.goto(`${DEMO_SUPPORTS_OPEN}/proposals`);
      await settle(page, testInfo);
      await expect(page.getByRole('heading', { level: 1, name: t('proposals-title') })).toBeVisible();
      await expectAccessible(page, testInfo);
      await page.getByRole('link', { name: t('support-verify') }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: t('verify-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);

      // A wrong year first: a message, the year kept; then the right one.
      const [id, year] = censusIdentity(lang, testInfo.project.name);
      await page.getByLabel(t('field-national-id')).fill(id);
      await page.getByLabel(t('field-birth-year')).fill('1901');
      await page.getByRole('button', { name: t('verify-submit') }).click();
      await expect(page.getByText(t('error-census-no-match'))).toBeVisible();
      await expect(page.getByLabel(t('field-birth-year'))).toHaveValue('1901');
      await page.getByLabel(t('field-national-id')).fill(id);
      await page.getByLabel(t('field-birth-year')).fill(year);
      await page.getByRole('button', { name: t('verify-submit') }).click();
      await expect(page.getByText(t('notice-verified'))).toBeVisible();
      await expect(page.getByText(id)).toHaveCount(0);

      // Support a proposal, then take the support back.
      await page.goto('/proposals/6d616a6c-6973-0000-0000-000000001005');
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByRole('button', { name: t('support-action') }).click();
      await expect(page.getByText(t('support-done'))).toBeVisible();
      await expectAccessible(page, testInfo);
      await page.getByRole('button', { name: t('support-withdraw') }).click();
      await expect(page.getByRole('button', { name: t('support-action') })).toBeVisible();

      // Propose in the consultation open for proposals: similar ones come first.
      await page.goto(DEMO_PROPOSALS_OPEN);
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByRole('link', { name: t('proposal-new') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('proposal-new') })).toBeVisible();
      await settle(page, testInfo);
      const title = lang === 'ar' ? 'ملعب لكرة القدم للشباب في حي النور' : 'Refaire les trottoirs avenue Habib Bourguiba';
      const similar = lang === 'ar' ? 'ملعب حي لكرة القدم بحي النور' : 'Réparer les trottoirs de l’avenue Habib Bourguiba';
      await page.getByLabel(t('field-title'), { exact: true }).fill('Court');
      await page.getByLabel(t('field-body')).fill(lang === 'ar' ? 'الأرصفة مكسورة أمام المدرسة.' : 'Les trottoirs sont cassés devant l’école.');
      await page.getByRole('button', { name: t('proposal-publish') }).click();
      await expect(page.getByText(t('error-title-too-short'))).toBeVisible();
      await expect(page.getByLabel(t('field-body'))).not.toHaveValue('');
      await expectAccessible(page, testInfo);
      await page.getByLabel(t('field-title'), { exact: true }).fill(title);
      if (testInfo.project.name === 'javascript') {
        // The check before publishing: as the title is typed, similar proposals appear.
        const live = page.locator('section.similar').filter({ has: page.locator('#similar-live-heading') });
        await expect(live.getByRole('link', { name: similar })).toBeVisible();
        await expectAccessible(page, testInfo);
      }
      await page.getByLabel(t('field-body')).fill(lang === 'ar' ? 'ملعب معشب مفتوح للشباب في المساء.' : 'Les trottoirs de l’avenue Habib Bourguiba sont cassés.');
      await page.getByRole('button', { name: t('proposal-publish') }).click();
      await expect(page.getByRole('heading', { name: t('similar-title') })).toBeVisible();
      await expect(page.getByRole('link', { name: similar })).toBeVisible();
      await expectAccessible(page, testInfo);
      await page.getByLabel(t('similar-confirm')).check();
      await page.getByRole('button', { name: t('proposal-publish') }).click();
      await expect(page.getByText(t('notice-proposal-published'))).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expectAccessible(page, testInfo);
    });

    test('"publish mine anyway": under the title as it is typed with JavaScript, after sending without', async ({ page }, testInfo) => {
      await logIn(page, testInfo, lang, 'resident@example.org', DEMO_PASSWORD);
      await page.goto(`${DEMO_PROPOSALS_OPEN}/propose`);
      await settle(page, testInfo);
      const title = `${lang === 'ar' ? 'ملعب كرة القدم بحي النور للشباب' : 'Refaire vite les trottoirs avenue Habib Bourguiba'} ${Date.now() % 100000}`;
      await page.getByLabel(t('field-title'), { exact: true }).fill(title);
      await page.getByLabel(t('field-body')).fill(lang === 'ar' ? 'ملعب صغير قرب المدرسة.' : 'Les trottoirs sont dangereux pour les poussettes.');
      const similar = page.locator('section.similar');
      if (testInfo.project.name === 'javascript') {
        // The check runs while typing: confirming there publishes at the first click.
        await expect(similar.getByRole('heading', { name: t('similar-title') })).toBeVisible();
      } else {
        // Nothing shows before sending; the server answers with the same step.
        await expect(similar).toHaveCount(0);
        await page.getByRole('button', { name: t('proposal-publish') }).click();
        await expect(similar.getByRole('heading', { name: t('similar-title') })).toBeVisible();
        await expect(page.getByLabel(t('field-title'), { exact: true })).toHaveValue(title);
      }
      await similar.getByLabel(t('similar-confirm')).check();
      await page.getByRole('button', { name: t('proposal-publish') }).click();
      await expect(page.getByText(t('notice-proposal-published'))).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    });

    test('a planner prepares and publishes a consultation; an official answers a late proposal', async ({ page }, testInfo) => {
      // Two staff logins: each may wait for the next 30-second code when another journey just
      // used this one.
      test.setTimeout(120_000);
      await logIn(page, testInfo, lang, 'planner@example.org', DEMO_PASSWORD);
      await page.goto('/consultations/new');
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const title = `${lang === 'ar' ? 'تهيئة الملعب البلدي' : 'Rénover le stade municipal'} ${testInfo.project.name}`;
      // Days in the municipality's calendar (Africa/Tunis, UTC+1): between 23:00 and midnight UTC,
      // UTC's tomorrow is already today there, and the consultation would be open, not upcoming.
      const day = (offset: number) =>
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Tunis' }).format(new Date(Date.now() + offset * 86_400_000));
      await page.getByLabel(t('field-title')).fill(title);
      await page.getByLabel(t('field-description')).fill('**Stade** : tribunes, éclairage, vestiaires.');
      const proposals = page.getByRole('group', { name: t('phase-proposals') });
      await proposals.getByLabel(t('field-starts-on')).fill(day(1));
      await proposals.getByLabel(t('field-ends-on')).fill(day(20));
      const supports = page.getByRole('group', { name: t('phase-supports') });
      await supports.getByLabel(t('field-starts-on')).fill(day(10));
      await supports.getByLabel(t('field-ends-on')).fill(day(30));
      await page.getByRole('button', { name: t('consultation-save') }).click();
      // Overlapping phases: a message on the phase, everything typed kept.
      await expect(page.getByText(t('error-phase-overlap'))).toBeVisible();
      await expect(page.getByLabel(t('field-title'))).toHaveValue(title);
      await expectAccessible(page, testInfo);
      await supports.getByLabel(t('field-starts-on')).fill(day(21));
      await page.getByRole('button', { name: t('consultation-save') }).click();
      await expect(page.getByText(t('notice-consultation-saved'))).toBeVisible();
      await expect(page.getByText(t('consultation-draft'), { exact: true }).first()).toBeVisible();
      await page.getByRole('button', { name: t('consultation-publish') }).click();
      await expect(page.getByText(t('notice-consultation-published'))).toBeVisible();
      await expectAccessible(page, testInfo);
      await page.goto('/consultations?filter=upcoming');
      await settle(page, testInfo);
      await expect(page.getByRole('link', { name: title })).toBeVisible();

      // The official: the late proposal is public, listed for answer; draft, then publish.
      await page.goto('/');
      await settle(page, testInfo);
      await page.getByRole('navigation').getByRole('button', { name: t('nav-logout') }).click();
      await expect(page.getByRole('navigation').getByRole('link', { name: t('nav-login') })).toBeVisible();
      const late = DEMO_OVERDUE_PROPOSALS[(lang === 'ar' ? 0 : 2) + (testInfo.project.name === 'javascript' ? 0 : 1)];
      await page.goto(late);
      await settle(page, testInfo);
      await expect(page.locator('.badge-overdue').first()).toBeVisible();
      await logIn(page, testInfo, lang, 'official@example.org', DEMO_PASSWORD);
      await page.goto('/staff/answers');
      await settle(page, testInfo);
      await expect(page.getByRole('heading', { level: 1, name: t('answers-title') })).toBeVisible();
      await expectAccessible(page, testInfo);
      await page.goto(late);
      await settle(page, testInfo);
      await page.getByLabel(t('field-answer-state'), { exact: true }).selectOption('under-evaluation');
      await page.getByLabel(t('field-answer-text')).fill(lang === 'ar' ? 'تدرس المصالح الفنية الإنارة الشمسية.' : 'Les services techniques étudient l’éclairage solaire.');
      await page.getByRole('button', { name: t('answer-submit') }).click();
      await expect(page.getByText(t('notice-answer-saved'))).toBeVisible();
      await expectAccessible(page, testInfo);
      await page.getByLabel(t('answer-publish')).check();
      await page.getByRole('button', { name: t('answer-submit') }).click();
      await expect(page.getByText(t('notice-answer-published'))).toBeVisible();
      await expect(page.locator('.answer .badge-answer-under-evaluation')).toBeVisible();
    });
  });
}
