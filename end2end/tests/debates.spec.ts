import { expect, test, type Page, type TestInfo } from '@playwright/test';
import {
  DEMO_PASSWORD, expectAccessible, ftl, logIn, newResident, settle, useLanguage, type Lang,
} from './support';

/** The demo (server/src/seed.rs): a consultation in its debate phase, its debate, its comments. */
const DEMO_DEBATE_CONSULTATION = '/consultations/6d616a6c-6973-0000-0000-0000000000e1';
const DEMO_DEBATE = '/debates/6d616a6c-6973-0000-0000-000000003000';
const demoComment = (i: number) => `6d616a6c-6973-0000-0000-00000000310${i}`;

for (const lang of ['ar', 'fr'] as Lang[]) {
  const t = (key: string) => ftl(lang, key);

  test.describe(`debates (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('a resident comments with a position, replies, votes, edits, deletes and reports', async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const run = (lang === 'ar' ? 0 : 2) + (testInfo.project.name === 'javascript' ? 0 : 1);
      await newResident(page, testInfo, lang, 'debater', lang === 'ar' ? 'سلمى الحامدي' : 'Salma Hamdi');

      // From the consultation to its debates and the open debate.
      await page.goto(DEMO_DEBATE_CONSULTATION);
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('debates-see') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('debates-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.locator('.debate-card h2 a').first().click();
      await expect(page).toHaveURL(new RegExp(DEMO_DEBATE));
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);

      // An empty comment: a message; then one with a position.
      const form = page.locator('form.comment-form');
      await form.getByLabel(t('field-alignment')).selectOption('against');
      await form.getByRole('button', { name: t('comment-submit') }).click();
      await expect(page.getByText(t('error-required')).first()).toBeVisible();
      const mine = lang === 'ar' ? `الحافلات يجب أن تمرّ ${run}` : `Les bus doivent passer ${run}`;
      await settle(page, testInfo);
      await page.locator('form.comment-form').getByLabel(t('field-alignment')).selectOption('against');
      await page.locator('form.comment-form').getByLabel(t('field-comment')).fill(mine);
      await page.locator('form.comment-form').getByRole('button', { name: t('comment-submit') }).click();
      await expect(page.getByText(t('notice-comment-posted'))).toBeVisible();
      const own = page.locator('li.comment', { hasText: mine }).first();
      await expect(own.locator('.badge-against')).toBeVisible();

      // Edit it within the ten minutes: marked as edited.
      await settle(page, testInfo);
      await own.getByRole('link', { name: t('comment-edit') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('comment-edit-title') })).toBeVisible();
      await settle(page, testInfo);
      await page.getByLabel(t('field-comment')).fill(`${mine} (!)`);
      await page.getByRole('button', { name: t('comment-save') }).click();
      await expect(page.getByText(t('notice-comment-edited'))).toBeVisible();
      await expect(page.getByText(t('comment-edited')).first()).toBeVisible();

      // Reply to a demo comment from its reply page, then delete the reply: its place stays.
      await page.goto(DEMO_DEBATE);
      await settle(page, testInfo);
      const demo = page.locator(`#comment-${demoComment(0)}`);
      await demo.getByRole('link', { name: t('comment-reply') }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: t('comment-reply-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const reply = lang === 'ar' ? `أوافقكم الرأي ${run}` : `D’accord avec vous ${run}`;
      await page.getByLabel(t('field-reply')).fill(reply);
      await page.getByRole('button', { name: t('comment-reply-submit') }).click();
      await expect(page.getByText(t('notice-comment-posted'))).toBeVisible();
      const myReply = page.locator('li.comment', { hasText: reply }).last();
      await expect(myReply).toBeVisible();
      await settle(page, testInfo);
      await myReply.locator('summary', { hasText: t('comment-delete') }).first().click();
      await myReply.getByRole('button', { name: t('comment-delete-confirm') }).first().click();
      await expect(page.getByText(t('notice-comment-deleted'))).toBeVisible();
      await expect(page.getByText(t('comment-deleted-text')).first()).toBeVisible();

      // Vote a demo comment up from the thread (in place with JavaScript, by a post without).
      await page.goto(DEMO_DEBATE);
      await settle(page, testInfo);
      const target = page.locator(`#comment-${demoComment(run)} > article`);
      // (In Arabic "agree" is a part of "disagree": the button is found by its class.)
      const up = target.locator('button.vote-up');
      await expect(up).toContainText(t('vote-up'));
      await expect(up).toHaveAttribute('aria-pressed', 'false');
      const js = testInfo.project.name === 'javascript';
      if (js) await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      await up.click();
      await expect(page.locator(`#comment-${demoComment(run)} > article button.vote-up`)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator(`#comment-${demoComment(run)} > article button.vote-up .vote-count`)).not.toHaveText('0');
      // With JavaScript the island answered in place: the page was not reloaded.
      if (js) expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      await settle(page, testInfo);

      // Report it: a reason is required; then the moderators have it.
      await page.locator(`#comment-${demoComment(run)} > article`).getByRole('link', { name: t('report-link') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('report-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByRole('button', { name: t('report-submit') }).click();
      await expect(page.getByText(t('error-required')).first()).toBeVisible();
      await settle(page, testInfo);
      await page.getByLabel(t('field-report-reason')).selectOption('off-topic');
      await page.getByRole('button', { name: t('report-submit') }).click();
      await expect(page.getByText(t('notice-report-sent'))).toBeVisible();
      // Reported once: the link is gone from the comment (it stays on the others).
      await page.goto(DEMO_DEBATE);
      await settle(page, testInfo);
      await expect(page.locator(`#comment-${demoComment(run)} > article`).getByRole('link', { name: t('report-link') })).toHaveCount(0);
    });

    test('a referent hides a reported comment, its author appeals, another moderator restores it, the log shows it', async ({ page, browser }, testInfo) => {
      test.setTimeout(240_000);
      const run = `${lang}-${testInfo.project.name}-${Date.now() % 100000}`;
      const text = lang === 'ar' ? `تعليق للمراجعة ${run}` : `Commentaire à examiner ${run}`;
      // The author posts.
      await newResident(page, testInfo, lang, 'author', lang === 'ar' ? 'كريم بن علي' : 'Karim Ben Ali');
      await page.goto(DEMO_DEBATE);
      await settle(page, testInfo);
      await page.locator('form.comment-form').getByLabel(t('field-comment')).fill(text);
      await page.locator('form.comment-form').getByRole('button', { name: t('comment-submit') }).click();
      await expect(page.getByText(t('notice-comment-posted'))).toBeVisible();
      const link = await page.locator('li.comment', { hasText: text }).first().locator('.comment-meta a').first().getAttribute('href');
      const commentId = link!.split('/').pop()!;

      // Another resident reports it.
      const other = await browser.newContext({ javaScriptEnabled: testInfo.project.name === 'javascript' });
      const reporter = await other.newPage();
      await useLanguage(reporter, lang);
      await newResident(reporter, testInfo, lang, 'reporter', lang === 'ar' ? 'منى السعيدي' : 'Mona Saidi');
      await reporter.goto(`/report/comment/${commentId}`);
      await settle(reporter, testInfo);
      await reporter.getByLabel(t('field-report-reason')).selectOption('offensive');
      await reporter.getByRole('button', { name: t('report-submit') }).click();
      await expect(reporter.getByText(t('notice-report-sent'))).toBeVisible();

      // The referent hides it from the queue.
      await reporter.goto('/');
      await settle(reporter, testInfo);
      await reporter.getByRole('navigation').getByRole('button', { name: t('nav-logout') }).click();
      await logIn(reporter, testInfo, lang, 'referent@example.org', DEMO_PASSWORD);
      await reporter.goto('/moderation');
      await settle(reporter, testInfo);
      await expectAccessible(reporter, testInfo);
      const row = reporter.locator('li.moderation-case', { hasText: text });
      await row.getByLabel(t('field-moderation-act')).selectOption('hide');
      await row.getByLabel(t('field-hide-reason')).selectOption('offensive');
      await row.getByRole('button', { name: t('moderation-apply') }).click();
      await expect(reporter.getByText(t('notice-moderation-done'))).toBeVisible();
      // Every hidden content is listed, whatever hid it.
      await reporter.goto('/moderation/hidden');
      await settle(reporter, testInfo);
      await expect(reporter.getByRole('heading', { level: 1, name: t('hidden-list-title') })).toBeVisible();
      await expect(reporter.locator('li.moderation-case', { hasText: text })).toBeVisible();
      await expectAccessible(reporter, testInfo);
      await other.close();

      // The author sees the notice, is emailed, and appeals.
      await page.goto(`/comments/${commentId}`);
      await settle(page, testInfo);
      await expect(page.getByText(t('content-hidden')).first()).toBeVisible();
      await expect(page.getByText(text)).toHaveCount(0);
      await page.getByRole('link', { name: t('appeal-link') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('appeal-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByLabel(t('field-appeal')).fill(lang === 'ar' ? 'لم أقصد الإساءة.' : 'Je ne visais personne.');
      await page.getByRole('button', { name: t('appeal-submit') }).click();
      await expect(page.getByText(t('appeal-state-waiting'))).toBeVisible();

      // The administrator (not the referent who hid it) restores it.
      await page.goto('/');
      await settle(page, testInfo);
      await page.getByRole('navigation').getByRole('button', { name: t('nav-logout') }).click();
      await logIn(page, testInfo, lang, 'admin@example.org', DEMO_PASSWORD);
      await page.goto('/moderation/appeals');
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const appeal = page.locator('li.moderation-case', { hasText: text });
      await appeal.getByRole('button', { name: t('appeal-reverse') }).click();
      await expect(page.getByText(t('notice-moderation-done'))).toBeVisible();
      await page.goto(`/comments/${commentId}`);
      await expect(page.getByText(text)).toBeVisible();

      // The public log, without JavaScript or with it, names roles, never people.
      await page.goto('/moderation/log');
      await settle(page, testInfo);
      await expect(page.getByRole('heading', { level: 1, name: t('modlog-title') })).toBeVisible();
      await expect(page.getByRole('cell', { name: t('modlog-appeal-reversed') }).first()).toBeVisible();
      await expectAccessible(page, testInfo);
    });
  });
}
