import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_TOTP, T, enterSecondFactor, ftl, totpCode, expectAccessible, linkIn, ownAddress, register, settle, uniqueEmail, useLanguage, waitForMail, type Lang } from './support';

const PASSWORD = 'olive-tree-2026';

for (const lang of ['ar', 'fr'] as Lang[]) {
  const t = T[lang];

  test.describe(`accounts (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      // Each journey from an address of its own: their wrong passwords, on purpose, would
      // otherwise add up to the per-address limit when they run in the same minute.
      await ownAddress(page.context());
      await useLanguage(page, lang);
    });

    test('a resident registers, confirms by email, logs in and out', async ({ page }, testInfo) => {
      const email = uniqueEmail(`journey-${lang}`, testInfo);
      const name = lang === 'ar' ? 'أمينة بن صالح' : 'Amina Ben Salah';

      await page.goto('/');
      await settle(page, testInfo);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', t.dir);
      await expect(page.getByRole('heading', { level: 1, name: t.municipality })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.howTitle })).toBeVisible();
      await expectAccessible(page, testInfo);

      await page.getByRole('navigation').getByRole('link', { name: t.register }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.register })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);

      // A mistake first: the message sits beside the field and what was typed stays.
      await page.getByLabel(t.name).fill(name);
      await page.getByLabel(t.email).fill(email);
      await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
      await page.getByLabel(t.confirm).fill('something-else-1');
      await page.getByRole('button', { name: t.registerSubmit }).click();
      await expect(page.getByText(t.mismatch)).toBeVisible();
      await expect(page.getByLabel(t.confirm)).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel(t.name)).toHaveValue(name);
      await expect(page.getByLabel(t.email)).toHaveValue(email);
      await expectAccessible(page, testInfo);

      await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
      await page.getByLabel(t.confirm).fill(PASSWORD);
      await page.getByRole('button', { name: t.registerSubmit }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.checkEmail })).toBeVisible();
      await expectAccessible(page, testInfo);

      const mail = await waitForMail(email, t.confirmSubject);
      await page.goto(linkIn(mail, '/account/confirm?token='));
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByRole('button', { name: t.confirmSubmit }).click();
      await expect(page.getByText(t.confirmed)).toBeVisible();
      await expectAccessible(page, testInfo);

      await page.getByLabel(t.email).fill(email);
      await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
      await page.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await expect(page.getByRole('navigation').getByRole('link', { name })).toBeVisible();

      // A resident is not staff.
      await expect(page.getByRole('link', { name: t.staff })).toHaveCount(0);
      await page.goto('/staff');
      await expect(page.getByRole('heading', { name: t.staffOnly })).toBeVisible();
      await expectAccessible(page, testInfo);

      await page.getByRole('button', { name: t.logout }).click();
      await expect(page.getByRole('navigation').getByRole('link', { name: t.login })).toBeVisible();
    });

    test('a forgotten password is reset through the emailed link', async ({ page }, testInfo) => {
      const email = uniqueEmail(`reset-${lang}`, testInfo);
      // Register and confirm quickly through the same pages.
      await register(page, testInfo, lang, 'Karim Mansouri', email, PASSWORD);
      await page.goto(linkIn(await waitForMail(email, t.confirmSubject), '/account/confirm?token='));
      await settle(page, testInfo);
      await page.getByRole('button', { name: t.confirmSubmit }).click();
      await expect(page.getByText(t.confirmed)).toBeVisible();

      await page.getByRole('link', { name: t.forgot }).click();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByLabel(t.email).fill(email);
      await page.getByRole('button', { name: t.forgotSubmit }).click();
      await expect(page.getByText(t.resetSent)).toBeVisible();

      await page.goto(linkIn(await waitForMail(email, t.resetSubject), '/account/reset?token='));
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.getByLabel(t.newPassword, { exact: true }).fill('short');
      await page.getByLabel(t.confirm).fill('short');
      await page.getByRole('button', { name: t.resetSubmit }).click();
      await expect(page.getByText(t.tooShort)).toBeVisible();
      await page.getByLabel(t.newPassword, { exact: true }).fill('new-olive-2027');
      await page.getByLabel(t.confirm).fill('new-olive-2027');
      await page.getByRole('button', { name: t.resetSubmit }).click();
      await expect(page.getByText(t.passwordChanged)).toBeVisible();

      await page.getByLabel(t.email).fill(email);
      await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
      await page.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await expect(page.getByText(t.invalidCredentials)).toBeVisible();
      await expect(page.getByLabel(t.email)).toHaveValue(email);
      await page.getByLabel(t.password, { exact: true }).fill('new-olive-2027');
      await page.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await expect(page.getByRole('navigation').getByRole('link', { name: 'Karim Mansouri' })).toBeVisible();
    });

    test('the administrator gives a resident a staff role', async ({ page, browser }, testInfo) => {
      // A resident to promote, registered through the form.
      const email = uniqueEmail(`promote-${lang}`, testInfo);
      await register(page, testInfo, lang, 'Sami Trabelsi', email, PASSWORD);

      const adminContext = await browser.newContext({ javaScriptEnabled: testInfo.project.use.javaScriptEnabled });
      await ownAddress(adminContext);
      const admin = await adminContext.newPage();
      await useLanguage(admin, lang);
      await admin.goto('/account/login');
      await settle(admin, testInfo);
      await admin.getByLabel(t.email).fill(DEMO_ADMIN.email);
      await admin.getByLabel(t.password, { exact: true }).fill(DEMO_ADMIN.password);
      await admin.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await enterSecondFactor(admin, testInfo, lang, DEMO_TOTP[DEMO_ADMIN.email]);
      await admin.getByRole('link', { name: t.staff }).click();
      await expect(admin.getByRole('heading', { level: 1, name: t.staff })).toBeVisible();
      await settle(admin, testInfo);
      await expectAccessible(admin, testInfo);
      await admin.getByRole('link', { name: t.users }).click();
      await expect(admin.getByRole('heading', { level: 1, name: t.users })).toBeVisible();
      await settle(admin, testInfo);
      await expectAccessible(admin, testInfo);

      const row = admin.getByRole('row').filter({ hasText: email });
      await row.getByLabel(`${t.roleFor} Sami Trabelsi`).selectOption('planner');
      await row.getByRole('button', { name: t.change }).click();
      await expect(admin.getByRole('row').filter({ hasText: email }).getByLabel(`${t.roleFor} Sami Trabelsi`)).toHaveValue('planner');
      await admin.reload();
      await expect(admin.getByRole('row').filter({ hasText: email }).getByLabel(`${t.roleFor} Sami Trabelsi`)).toHaveValue('planner');

      // The new planner confirms their address, logs in, and sets up a second factor: a QR
      // code drawn in the page, the key in text, one code, ten recovery codes shown once.
      const mail = await waitForMail(email, t.confirmSubject);
      await page.goto(linkIn(mail, '/account/confirm?token='));
      await settle(page, testInfo);
      await page.getByRole('button', { name: t.confirmSubmit }).click();
      await expect(page.getByText(t.confirmed)).toBeVisible();
      await page.getByLabel(t.email).fill(email);
      await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
      await page.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'two-factor-title') })).toBeVisible();
      await expect(page.getByRole('img', { name: ftl(lang, 'two-factor-qr-label') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const secret = (await page.locator('code.secret').innerText()).replace(/\s/g, '');
      // A wrong code first: the message, and the page still asks.
      await page.getByLabel(ftl(lang, 'field-two-factor-code'), { exact: true }).fill('000000');
      await page.getByRole('main').getByRole('button', { name: ftl(lang, 'two-factor-submit') }).click();
      await expect(page.getByText(ftl(lang, 'error-code-invalid'))).toBeVisible();
      await settle(page, testInfo);
      await page.getByLabel(ftl(lang, 'field-two-factor-code'), { exact: true }).fill(totpCode(secret));
      await page.getByRole('main').getByRole('button', { name: ftl(lang, 'two-factor-submit') }).click();
      await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'recovery-codes-title') })).toBeVisible();
      await expect(page.locator('.recovery-codes li')).toHaveCount(10);
      await expectAccessible(page, testInfo);
      await page.getByRole('link', { name: ftl(lang, 'recovery-codes-continue') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.staff })).toBeVisible();

      // The administrator sees the counter activity, then resets the planner's second factor
      // (a lost phone): the planner's session ends and the next login enrols again.
      await admin.goto('/staff');
      await admin.getByRole('link', { name: ftl(lang, 'counter-activity-title') }).click();
      await expect(admin.getByRole('heading', { level: 1, name: ftl(lang, 'counter-activity-title') })).toBeVisible();
      await expect(admin.getByRole('columnheader', { name: ftl(lang, 'col-verified') })).toBeVisible();
      await settle(admin, testInfo);
      await expectAccessible(admin, testInfo);
      await admin.goto('/admin/users');
      await settle(admin, testInfo);
      await admin.getByRole('row').filter({ hasText: email }).getByRole('button', { name: ftl(lang, 'users-reset-second-factor') }).click();
      await expect(admin.getByText(ftl(lang, 'notice-second-factor-reset'))).toBeVisible();
      await adminContext.close();
      await page.goto('/staff');
      await expect(page.getByRole('navigation').getByRole('link', { name: t.login })).toBeVisible();
      await page.goto('/account/login');
      await settle(page, testInfo);
      await page.getByLabel(t.email).fill(email);
      await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
      await page.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await expect(page.getByRole('img', { name: ftl(lang, 'two-factor-qr-label') })).toBeVisible();
    });

    test('a resident downloads their data, then deletes the account', async ({ page }, testInfo) => {
      const email = uniqueEmail(`leave-${lang}`, testInfo);
      const name = lang === 'ar' ? 'نادية الحامي' : 'Nadia Hammami';
      await register(page, testInfo, lang, name, email, PASSWORD);
      const mail = await waitForMail(email, t.confirmSubject);
      await page.goto(linkIn(mail, '/account/confirm?token='));
      await settle(page, testInfo);
      await page.getByRole('button', { name: t.confirmSubmit }).click();
      await expect(page.getByText(t.confirmed)).toBeVisible();
      await page.getByLabel(t.email).fill(email);
      await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
      await page.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await page.getByRole('navigation').getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.myAccount })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);

      // The data, as a file.
      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: ftl(lang, 'account-export') }).click();
      const download = await downloading;
      const path = await download.path();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const data = JSON.parse((require('fs') as typeof import('fs')).readFileSync(path, 'utf8'));
      expect(data.account.email).toBe(email);
      expect(data.account.display_name).toBe(name);

      // A wrong password first: the message, nothing deleted.
      await page.getByLabel(ftl(lang, 'account-delete-password')).fill('not-my-password');
      await page.getByRole('button', { name: ftl(lang, 'account-delete-submit') }).click();
      await expect(page.getByText(ftl(lang, 'error-password-wrong'))).toBeVisible();
      await settle(page, testInfo);
      await page.getByLabel(ftl(lang, 'account-delete-password')).fill(PASSWORD);
      await page.getByRole('button', { name: ftl(lang, 'account-delete-submit') }).click();
      await expect(page.getByText(ftl(lang, 'notice-account-deleted'))).toBeVisible();
      await expect(page.getByRole('navigation').getByRole('link', { name: t.login })).toBeVisible();
      // The account is gone: its password no longer opens anything.
      await page.goto('/account/login');
      await settle(page, testInfo);
      await page.getByLabel(t.email).fill(email);
      await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
      await page.getByRole('main').getByRole('button', { name: t.loginSubmit }).click();
      await expect(page.getByText(t.invalidCredentials)).toBeVisible();
    });

    test('the language switch changes the page and is remembered', async ({ page }, testInfo) => {
      await page.goto('/account/login');
      await settle(page, testInfo);
      const other: Lang = lang === 'ar' ? 'fr' : 'ar';
      await page.getByRole('link', { name: other === 'ar' ? 'العربية' : 'Français' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('html')).toHaveAttribute('dir', T[other].dir);
      await expect(page.getByRole('heading', { level: 1, name: T[other].login })).toBeVisible();
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });
  });
}
