import { expect, test, type Page, type TestInfo } from '@playwright/test';
import {
  DEMO_PASSWORD, RESIDENT_PASSWORD, expectAccessible, ftl, linkIn, logIn, newResident, settle, useLanguage, waitForMail, type Lang,
} from './support';

/** The demo consultation whose outcome is overdue (server/src/seed.rs, 0xc1). */
const OVERDUE = '/consultations/6d616a6c-6973-0000-0000-0000000000c1';

/** A day in the municipality's calendar (Africa/Tunis), `offset` days from today. */
const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Tunis' }).format(new Date(Date.now() + offset * 86_400_000));

async function logOut(page: Page, lang: Lang) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: ftl(lang, 'nav-logout') }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: ftl(lang, 'nav-login') })).toBeVisible();
}

for (const lang of ['ar', 'fr'] as Lang[]) {
  const t = (key: string) => ftl(lang, key);
  const subject = (key: string) => t(key).split('{')[0].trim();

  test.describe(`feedback (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('the public sees who is late; an official publishes an outcome; a follower is told and unsubscribes in one click', async ({ page }, testInfo: TestInfo) => {
      test.setTimeout(240_000);
      // In public: the accountability page, the overdue demo consultation first.
      await page.goto('/');
      await page.getByRole('navigation').getByRole('link', { name: t('nav-accountability') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('accountability-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const overdueRow = page.locator('tr', { has: page.locator(`a[href="${OVERDUE}/outcome"]`) });
      await expect(overdueRow.locator('.badge-overdue').first()).toBeVisible();

      // A planner closes a consultation: its participation ended ten days ago.
      const title = `${lang === 'ar' ? 'تهيئة المسبح البلدي' : 'Rénover la piscine municipale'} ${testInfo.project.name} ${Date.now() % 100000}`;
      await logIn(page, testInfo, lang, 'planner@example.org', DEMO_PASSWORD);
      await page.goto('/consultations/new');
      await settle(page, testInfo);
      await page.getByLabel(t('field-title')).fill(title);
      await page.getByLabel(t('field-description')).fill('**Piscine** : bassins, vestiaires.');
      const proposals = page.getByRole('group', { name: t('phase-proposals') });
      await proposals.getByLabel(t('field-starts-on')).fill(day(-40));
      await proposals.getByLabel(t('field-ends-on')).fill(day(-10));
      await page.getByRole('button', { name: t('consultation-save') }).click();
      await expect(page.getByText(t('notice-consultation-saved'))).toBeVisible();
      await settle(page, testInfo);
      await page.getByRole('button', { name: t('consultation-publish') }).click();
      await expect(page.getByText(t('notice-consultation-published'))).toBeVisible();
      const consultation = new URL(page.url()).pathname;
      await expect(page.locator('.badge', { hasText: t('stage-awaiting-outcome') })).toBeVisible();
      await logOut(page, lang);

      // A resident follows it from its page.
      const email = await newResident(page, testInfo, lang, 'follower', lang === 'ar' ? 'سلمى الحداد' : 'Salma Haddad');
      await page.goto(consultation);
      await settle(page, testInfo);
      await page.getByRole('button', { name: t('follow'), exact: true }).click();
      await expect(page.getByText(t('notice-followed'))).toBeVisible();
      await expect(page.getByRole('button', { name: t('unfollow'), exact: true })).toBeVisible();
      await logOut(page, lang);

      // The official: what they owe is on their staff page; an empty report is refused with
      // what was typed kept; then a draft, then the publication; then the conclusion.
      await logIn(page, testInfo, lang, 'official@example.org', DEMO_PASSWORD);
      await page.goto('/staff');
      await settle(page, testInfo);
      const owed = page.locator('section', { has: page.getByRole('heading', { name: t('staff-outcomes-owed') }) });
      await owed.getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('outcome-write') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const decisions = lang === 'ar' ? 'سيُجدَّد المسبح في صيف 2027.' : 'La piscine sera rénovée à l’été 2027.';
      await page.getByLabel(t('field-outcome-decisions')).fill(decisions);
      await page.getByRole('button', { name: t('outcome-submit') }).click();
      await expect(page.getByText(t('error-required')).first()).toBeVisible();
      await expect(page.getByLabel(t('field-outcome-decisions'))).toHaveValue(decisions);
      await settle(page, testInfo);
      await page.getByLabel(t('field-outcome-summary')).fill(lang === 'ar' ? 'شارك **87** مواطنًا.' : 'Nous avons entendu **87** habitants.');
      await page.locator('#step-date-0').fill(day(30));
      await page.locator('#step-text-0').fill(lang === 'ar' ? 'انطلاق الأشغال' : 'Début des travaux');
      await page.getByRole('button', { name: t('outcome-submit') }).click();
      await expect(page.getByText(t('notice-outcome-saved'))).toBeVisible();
      await expect(page.getByRole('heading', { name: t('outcome-draft') })).toBeVisible();
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('outcome-write') }).click();
      await settle(page, testInfo);
      await page.getByLabel(t('outcome-publish')).check();
      await page.getByRole('button', { name: t('outcome-submit') }).click();
      await expect(page.getByText(t('notice-outcome-published'))).toBeVisible();
      await expect(page.locator('.markdown strong', { hasText: '87' }).first()).toBeVisible();
      await expectAccessible(page, testInfo);
      await settle(page, testInfo);
      await page.getByRole('button', { name: t('consultation-conclude') }).click();
      await expect(page.getByText(t('notice-consultation-concluded'))).toBeVisible();
      await settle(page, testInfo);
      await page.getByRole('button', { name: t('consultation-archive') }).click();
      await expect(page.getByText(t('notice-consultation-archived'))).toBeVisible();
      await expect(page.getByRole('link', { name: t('outcome-correct') })).toHaveCount(0);
      await logOut(page, lang);

      // The follower's email: the outcome, and a link that unsubscribes without logging in,
      // once.
      const mail = await waitForMail(email, subject('email-notice-outcome-published-subject'));
      expect(mail.subject).toContain(title);
      const link = linkIn(mail, '/unsubscribe?token=');
      await page.goto(link);
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByRole('button', { name: t('unsubscribe-submit') }).click();
      await expect(page.getByText(t('notice-unsubscribed'))).toBeVisible();
      await page.goto(link);
      await expect(page.getByText(t('error-conflict-link-used'))).toBeVisible();

      // In public: archived, with its outcome.
      await page.goto('/accountability');
      const row = page.locator('tr', { has: page.getByRole('link', { name: title }) });
      await expect(row.getByText(t('stage-archived'))).toBeVisible();

      // The follower's notifications: the outcome, how it went out, then all read.
      await logIn(page, testInfo, lang, email, RESIDENT_PASSWORD);
      await page.getByRole('navigation').getByRole('link', { name: t('nav-notifications') }).click();
      await settle(page, testInfo);
      const item = page.locator('li.notification', { hasText: title });
      await expect(item).toBeVisible();
      await expect(item.locator('.badge')).toBeVisible();
      await expect(item.getByText(t('delivery-sent'))).toBeVisible();
      await page.getByRole('button', { name: t('notifications-mark-read') }).click();
      await expect(page.locator('li.notification.unread')).toHaveCount(0);
      await expect(page.getByRole('button', { name: t('notifications-mark-read') })).toHaveCount(0);
    });

    test('a resident chooses a daily digest and sees what was sent to them', async ({ page }, testInfo: TestInfo) => {
      test.setTimeout(120_000);
      await newResident(page, testInfo, lang, 'reader', lang === 'ar' ? 'أمين السالمي' : 'Amine Salmi');
      await page.getByRole('navigation').getByRole('link', { name: t('nav-notifications') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('notifications-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByLabel(t('field-email-mode')).selectOption('digest');
      await page.getByRole('button', { name: t('save'), exact: true }).click();
      await expect(page.getByText(t('notice-preferences-saved'))).toBeVisible();
      await expect(page.getByLabel(t('field-email-mode'))).toHaveValue('digest');
      // What we sent: the confirmation email of the account, delivered.
      await page.getByRole('link', { name: t('sent-title') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('sent-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await expect(page.locator('tbody tr').first()).toBeVisible();
      await expect(page.getByText(t('delivery-sent')).first()).toBeVisible();
      // Following and unfollowing a proposal from its page.
      await page.goto('/proposals/6d616a6c-6973-0000-0000-000000001006');
      await settle(page, testInfo);
      await page.getByRole('button', { name: t('follow'), exact: true }).click();
      await expect(page.getByText(t('notice-followed'))).toBeVisible();
      await settle(page, testInfo);
      await page.getByRole('button', { name: t('unfollow'), exact: true }).click();
      await expect(page.getByText(t('notice-unfollowed'))).toBeVisible();
      await expect(page.getByRole('button', { name: t('follow'), exact: true })).toBeVisible();
    });
  });
}

for (const lang of ['ar', 'fr'] as Lang[]) {
  const t = (key: string) => ftl(lang, key);

  test.describe(`results (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('an administrator follows a proposal up with a result, its progress and a milestone; the proposal shows it', async ({ page }, testInfo: TestInfo) => {
      test.setTimeout(240_000);
      const title = `${lang === 'ar' ? 'تهيئة مآوي السيارات' : 'Aménager le parking du marché'} ${testInfo.project.name} ${Date.now() % 100000}`;
      // Officials and administrators manage results; the administrator here, so that the
      // journeys running at once do not all wait for the official's next one-time code.
      await logIn(page, testInfo, lang, 'admin@example.org', DEMO_PASSWORD);
      await page.goto(OVERDUE);
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('results-title') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('results-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByRole('link', { name: t('result-new') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('result-new') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByLabel(t('field-result-title')).fill(title);
      await page.getByLabel(t('field-result-description')).fill(lang === 'ar' ? 'مأوى بمئة مكان.' : 'Un parking de cent places.');
      await page.getByLabel(t('field-result-status')).selectOption('in-progress');
      await page.getByLabel(t('field-result-progress')).fill('150');
      await page.getByLabel(t('field-result-starts-on')).fill(day(-5));
      await page.getByLabel('نقل السوق الأسبوعية إلى الساحة الجديدة').check();
      await page.getByRole('button', { name: t('result-save') }).click();
      await expect(page.getByText(t('error-progress-invalid'))).toBeVisible();
      await expect(page.getByLabel(t('field-result-title'))).toHaveValue(title);
      await settle(page, testInfo);
      await page.getByLabel(t('field-result-progress')).fill('30');
      await page.getByLabel('نقل السوق الأسبوعية إلى الساحة الجديدة').check();
      await page.getByRole('button', { name: t('result-save') }).click();
      await expect(page.getByText(t('notice-result-saved'))).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.locator('progress').first()).toHaveAttribute('value', '30');
      await expectAccessible(page, testInfo);

      // A milestone before the start is refused; on a later day, it is added.
      await settle(page, testInfo);
      await page.getByLabel(t('field-milestone-day')).fill(day(-6));
      await page.getByLabel(t('field-milestone-text')).fill(lang === 'ar' ? 'انطلاق الأشغال' : 'Travaux commencés');
      await page.getByRole('button', { name: t('milestone-add') }).click();
      await expect(page.getByText(t('error-milestone-before-start'))).toBeVisible();
      await settle(page, testInfo);
      await page.getByLabel(t('field-milestone-day')).fill(day(-1));
      await page.getByRole('button', { name: t('milestone-add') }).click();
      await expect(page.getByText(t('notice-milestone-added'))).toBeVisible();
      await expect(page.locator('#milestones li', { hasText: lang === 'ar' ? 'انطلاق الأشغال' : 'Travaux commencés' })).toBeVisible();

      // Done: the edit form keeps the links, and the progress shows 100 %.
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('result-edit') }).click();
      await settle(page, testInfo);
      await expect(page.getByLabel('نقل السوق الأسبوعية إلى الساحة الجديدة')).toBeChecked();
      await page.getByLabel(t('field-result-status')).selectOption('done');
      await page.getByLabel(t('field-result-progress')).fill('100');
      await page.getByRole('button', { name: t('result-save') }).click();
      await expect(page.getByText(t('notice-result-saved'))).toBeVisible();
      await expect(page.locator('progress').first()).toHaveAttribute('value', '100');
      await expect(page.locator('.badge', { hasText: t('result-status-done') }).first()).toBeVisible();

      // The proposal it comes from shows it, with its progress.
      await page.getByRole('link', { name: 'نقل السوق الأسبوعية إلى الساحة الجديدة' }).click();
      const section = page.locator('section', { has: page.getByRole('heading', { name: t('proposal-results') }) });
      await expect(section.getByRole('link', { name: title })).toBeVisible();
    });
  });
}
