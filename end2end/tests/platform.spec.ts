import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_TOTP, T, enterSecondFactor, expectAccessible, ftl, linkIn, settle, useLanguage, waitForMail, type Lang } from './support';

// Many municipalities, one installation: the demo's administrator operates it. Another
// municipality is reached at its own host name; Chromium sends every *.localhost to this
// machine, so a municipality at `<name>.localhost` is served by the test server on its port.
for (const lang of ['ar', 'fr'] as Lang[]) {
  test.describe(`operators (${lang})`, () => {
    test('an operator creates a municipality, invites its administrator, suspends and resumes it', async ({ page }, testInfo) => {
      test.setTimeout(150_000);
      const t = T[lang];
      const port = new URL(testInfo.project.use.baseURL ?? process.env.MAJLIS_E2E_BASE_URL ?? 'http://127.0.0.1:3000').port;
      const label = `m${lang}-${testInfo.project.name === 'javascript' ? 'js' : 'nojs'}-${Date.now() % 1_000_000}`;
      const host = `${label}.localhost`;
      const there = `http://${host}:${port}`;
      const nameAr = `بلدية ${label}`;
      const nameFr = `Commune ${label}`;
      await useLanguage(page, lang);
      await page.context().addCookies([{ name: 'majlis_lang', value: lang, url: there }]);

      await page.goto('/account/login');
      await settle(page, testInfo);
      await page.getByLabel(t.email).fill(DEMO_ADMIN.email);
      await page.getByLabel(t.password, { exact: true }).fill(DEMO_ADMIN.password);
      await page.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await enterSecondFactor(page, testInfo, lang, DEMO_TOTP[DEMO_ADMIN.email]);
      // The staff area links to the operators' page.
      await page.getByRole('link', { name: t.staff }).click();
      await page.getByRole('link', { name: ftl(lang, 'platform-title') }).click();
      await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'platform-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);

      // A host that is not one is refused, and what was typed stays.
      const form = page.getByRole('main').locator('form').filter({ has: page.getByRole('button', { name: ftl(lang, 'platform-create') }) });
      await form.getByLabel(ftl(lang, 'platform-field-host')).fill('not a host');
      await form.getByLabel(ftl(lang, 'field-name-ar')).fill(nameAr);
      await form.getByLabel(ftl(lang, 'field-name-fr')).fill(nameFr);
      await form.getByRole('button', { name: ftl(lang, 'platform-create') }).click();
      await expect(page.getByText(ftl(lang, 'error-host-invalid'))).toBeVisible();
      await expect(page.getByLabel(ftl(lang, 'field-name-fr'))).toHaveValue(nameFr);
      await settle(page, testInfo);
      await page.getByLabel(ftl(lang, 'platform-field-host')).fill(host);
      await page.getByRole('button', { name: ftl(lang, 'platform-create') }).click();
      await expect(page.getByText(ftl(lang, 'notice-municipality-created'))).toBeVisible();
      const row = page.getByRole('row').filter({ hasText: host });
      await expect(row).toBeVisible();

      // Its address serves it, under its own name.
      await row.getByRole('link', { name: host }).click();
      await expect(page).toHaveURL(`${there}/`);
      await expect(page.getByText(lang === 'ar' ? nameAr : nameFr).first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', t.dir);
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);

      // The first administrator is invited by email, from that municipality, at its address.
      await page.goto('/platform');
      await settle(page, testInfo);
      const invited = `admin-${label}@example.tn`;
      const inviteRow = page.getByRole('row').filter({ hasText: host });
      await inviteRow.getByText(ftl(lang, 'platform-invite'), { exact: true }).click();
      await inviteRow.getByLabel(ftl(lang, 'field-display-name')).fill(lang === 'ar' ? 'سنية بن علي' : 'Sonia Ben Ali');
      await inviteRow.getByLabel(ftl(lang, 'field-email')).fill(invited);
      await inviteRow.getByRole('button', { name: ftl(lang, 'platform-invite-send') }).click();
      await expect(page.getByText(ftl(lang, 'notice-invitation-sent'))).toBeVisible();
      const mail = await waitForMail(invited, lang === 'ar' ? nameAr : nameFr);
      const link = linkIn(mail, '/account/reset?token=');
      expect(link.startsWith(`${there}/account/reset?token=`)).toBe(true);
      await page.goto(link);
      await settle(page, testInfo);
      await page.getByLabel(t.newPassword, { exact: true }).fill('palm-grove-2027');
      await page.getByLabel(t.confirm).fill('palm-grove-2027');
      await page.getByRole('button', { name: t.resetSubmit }).click();
      await expect(page.getByText(t.passwordChanged)).toBeVisible();

      // Suspended: its address says so; resumed: open again.
      await page.goto('/platform');
      await settle(page, testInfo);
      await page.getByRole('row').filter({ hasText: host }).getByRole('button', { name: ftl(lang, 'platform-suspend') }).click();
      await expect(page.getByText(ftl(lang, 'notice-municipality-suspended'))).toBeVisible();
      const suspended = await page.goto(`${there}/`);
      expect(suspended?.status()).toBe(503);
      await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'host-suspended-title') })).toBeVisible();
      await expect(page.getByText(lang === 'ar' ? nameAr : nameFr)).toHaveCount(0);
      await page.goto('/platform');
      await settle(page, testInfo);
      await page.getByRole('row').filter({ hasText: host }).getByRole('button', { name: ftl(lang, 'platform-resume') }).click();
      await expect(page.getByText(ftl(lang, 'notice-municipality-resumed'))).toBeVisible();
      expect((await page.goto(`${there}/`))?.status()).toBe(200);

      // A host no municipality has: a page of its own, in the reader's language.
      const nowhere = `http://nowhere-${label}.localhost:${port}`;
      await page.context().addCookies([{ name: 'majlis_lang', value: lang, url: nowhere }]);
      expect((await page.goto(`${nowhere}/`))?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'host-unknown-title') })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', t.dir);
    });
  });
}
