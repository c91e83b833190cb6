import { expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD, expectAccessible, ftl, logIn, newResident, settle, useLanguage, waitForMail, type Lang,
} from './support';

/** The demo meetings (server/src/seed.rs). */
const PARK_MEETING = '/meetings/6d616a6c-6973-0000-0000-000000004000';
const FULL_WORKSHOP = '/meetings/6d616a6c-6973-0000-0000-000000004001';
const OVERDUE_MEETING = '/meetings/6d616a6c-6973-0000-0000-000000004002';

/** One demo census identity per run (an identity verifies one account only). */
function censusIdentity(lang: Lang, project: string): [string, string] {
  const n = 21 + (lang === 'ar' ? 0 : 2) + (project === 'javascript' ? 0 : 1);
  return [`100000${n}`, `${1960 + n}`];
}

/** A `datetime-local` value `days` from now, at `hour`:00. */
function local(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}

for (const lang of ['ar', 'fr'] as Lang[]) {
  const t = (key: string) => ftl(lang, key);
  const subject = (key: string) => t(key).split('{')[0].trim();

  test.describe(`meetings (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, lang);
    });

    test('a resident registers, gets the code by email with the invitation, cancels, and joins a waitlist', async ({ page, request }, testInfo) => {
      test.setTimeout(120_000);
      const email = await newResident(page, testInfo, lang, 'attendee', lang === 'ar' ? 'هالة المرزوقي' : 'Hela Marzouki');

      // From the list (the nav link) to the park meeting.
      await page.getByRole('navigation').getByRole('link', { name: t('nav-meetings') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('meetings-title') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      await page.locator(`a[href="${PARK_MEETING}"]`).click();
      await expect(page).toHaveURL(new RegExp(PARK_MEETING));
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const seats = await page.locator('dd.seats').innerText();

      // The park meeting is for verified residents: the page says so and links to the
      // verification instead of offering a button that would fail.
      await expect(page.getByText(t('meeting-verified-only'), { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: t('meeting-register'), exact: true })).toHaveCount(0);
      await page.getByRole('link', { name: t('meeting-verify-to-register') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('verify-title') })).toBeVisible();
      await settle(page, testInfo);
      const [nationalId, birthYear] = censusIdentity(lang, testInfo.project.name);
      await page.getByLabel(t('field-national-id')).fill(nationalId);
      await page.getByLabel(t('field-birth-year')).fill(birthYear);
      await page.getByRole('button', { name: t('verify-submit') }).click();
      await expect(page.getByText(t('notice-verified'))).toBeVisible();
      await page.goto(PARK_MEETING);
      await settle(page, testInfo);

      // Register: a seat, a code on the page and in the email, with the .ics attached.
      await page.getByRole('button', { name: t('meeting-register'), exact: true }).click();
      await expect(page.getByText(t('notice-seat-confirmed'))).toBeVisible();
      await expect(page.getByText(t('seat-you-confirmed'))).toBeVisible();
      const code = (await page.locator('.registration strong.code').innerText()).trim();
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      expect(await page.locator('dd.seats').innerText()).not.toEqual(seats);
      const mail = await waitForMail(email, subject('email-seat-confirmed-subject'));
      expect(mail.text).toContain(code);
      expect(JSON.stringify(mail)).toContain('invitation.ics');

      // Registering twice is not offered; cancelling frees the seat.
      await settle(page, testInfo);
      await expect(page.getByRole('button', { name: t('meeting-register'), exact: true })).toHaveCount(0);
      await page.getByRole('button', { name: t('registration-cancel') }).click();
      await expect(page.getByText(t('notice-registration-cancelled'))).toBeVisible();
      await expect(page.getByRole('button', { name: t('meeting-register'), exact: true })).toBeVisible();
      expect(await page.locator('dd.seats').innerText()).toEqual(seats);

      // The full workshop (open to everyone): the waitlist, with the place in it.
      await page.goto(FULL_WORKSHOP);
      await settle(page, testInfo);
      await expect(page.getByText(t('meeting-open-to-all'))).toBeVisible();
      await page.getByRole('button', { name: t('meeting-join-waitlist') }).click();
      await expect(page.getByText(t('notice-seat-waiting'))).toBeVisible();
      await expect(page.locator('.seat-status')).toBeVisible();
      await waitForMail(email, subject('email-seat-waiting-subject'));

      // The calendar feeds answer as calendars.
      for (const path of ['/meetings.ics', `${PARK_MEETING}/calendar.ics`]) {
        const res = await request.get(path);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toContain('text/calendar');
        expect(await res.text()).toContain('BEGIN:VEVENT');
      }
    });

    test('a referent creates a workshop, registers a resident without internet, checks people in at the door', async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      const run = `${lang}-${testInfo.project.name}-${Date.now() % 100000}`;
      const title = lang === 'ar' ? `ورشة المشاركة ${run}` : `Atelier participation ${run}`;
      await logIn(page, testInfo, lang, 'referent@example.org', DEMO_PASSWORD);
      await page.goto('/meetings');
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('meeting-new') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('meeting-new') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);

      // The end before the start: a message, and what was typed is kept.
      await page.getByLabel(t('field-meeting-title'), { exact: true }).fill(title);
      await page.getByLabel(t('field-meeting-body'), { exact: true }).fill(lang === 'ar' ? 'ورشة للسكان.' : 'Un atelier pour les habitants.');
      await page.getByLabel(t('field-starts-at')).fill(local(4, 18));
      await page.getByLabel(t('field-ends-at')).fill(local(4, 16));
      await page.getByLabel(t('field-address'), { exact: true }).fill('Maison des jeunes');
      await page.getByLabel(t('field-agenda')).fill('20 Accueil\n60 Atelier');
      await page.getByLabel(t('field-capacity')).fill('1');
      await page.getByLabel(t('field-open-to-all')).check();
      await page.getByRole('button', { name: t('meeting-save') }).click();
      await expect(page.getByText(t('error-end-before-start'))).toBeVisible();
      await expect(page.getByLabel(t('field-meeting-title'), { exact: true })).toHaveValue(title);
      await expect(page.getByLabel(t('field-open-to-all'))).toBeChecked();
      await settle(page, testInfo);
      await page.getByLabel(t('field-ends-at')).fill(local(4, 20));
      await page.getByRole('button', { name: t('meeting-save') }).click();
      await expect(page.getByText(t('notice-meeting-saved'))).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.locator('ol.agenda li')).toHaveCount(2);
      await expect(page.getByText(t('meeting-open-to-all'))).toBeVisible();

      // At the door: register Fatma on her behalf; her code is shown to hand to her.
      await settle(page, testInfo);
      await page.getByRole('link', { name: t('meeting-door') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('meeting-door') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const assist = page.locator('section', { has: page.getByRole('heading', { name: t('assist-heading') }) });
      await assist.getByLabel(t('field-person-name')).fill('Fatma Ben Ali');
      await assist.getByLabel(t('field-phone')).fill('12');
      await assist.getByRole('button', { name: t('assist-register-submit') }).click();
      await expect(page.getByText(t('error-phone-invalid'))).toBeVisible();
      await settle(page, testInfo);
      await assist.getByLabel(t('field-phone')).fill('+216 71 000 000');
      await assist.getByRole('button', { name: t('assist-register-submit') }).click();
      await expect(page.getByText(t('notice-assisted-confirmed'))).toBeVisible();
      const code = (await page.locator('.alert strong.code').innerText()).trim();
      // Her phone number is on the door page, for the organisers to call her (never on the
      // meeting's public page).
      await expect(page.getByRole('row', { name: /Fatma Ben Ali/ })).toContainText('+216 71 000 000');

      // Check her in, typed in lower case; the same code again is refused; a wrong one too.
      const check = page.locator('section', { has: page.getByRole('heading', { name: t('check-in-heading') }) });
      await settle(page, testInfo);
      await check.getByLabel(t('field-code')).fill(code.toLowerCase());
      await check.getByRole('button', { name: t('check-in-submit') }).click();
      await expect(page.getByText(t('notice-checked-in'))).toBeVisible();
      await expect(page.getByRole('row', { name: /Fatma Ben Ali/ })).toContainText(t('door-is-present'));
      await settle(page, testInfo);
      await check.getByLabel(t('field-code')).fill(code);
      await check.getByRole('button', { name: t('check-in-submit') }).click();
      await expect(page.getByText(t('error-conflict-already-checked-in'))).toBeVisible();
      await settle(page, testInfo);
      await check.getByLabel(t('field-code')).fill('AAAAAA');
      await check.getByRole('button', { name: t('check-in-submit') }).click();
      await expect(page.getByText(t('error-conflict-code-unknown'))).toBeVisible();

      // The one seat is taken: a walk-in is refused, the hall is full.
      const walk = page.locator('section', { has: page.getByRole('heading', { name: t('walk-in-heading') }) });
      await settle(page, testInfo);
      await walk.getByLabel(t('field-person-name')).fill('Mohamed Trabelsi');
      await walk.getByRole('button', { name: t('walk-in-submit') }).click();
      await expect(page.getByText(t('error-conflict-hall-full'))).toBeVisible();
      await expect(walk.getByLabel(t('field-person-name'))).toHaveValue('Mohamed Trabelsi');
    });

    test('the organiser publishes overdue minutes; a resident cannot', async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const run = `${lang}-${testInfo.project.name}-${Date.now() % 100000}`;
      // Publicly, until minutes exist, the meeting says they are overdue.
      await page.goto(OVERDUE_MEETING);
      await settle(page, testInfo);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, testInfo);
      // A resident is refused the minutes form.
      await newResident(page, testInfo, lang, 'not-organiser', lang === 'ar' ? 'نادية' : 'Nadia');
      await page.goto(`${OVERDUE_MEETING}/minutes`);
      await expect(page.getByText(t('error-forbidden-organizer-only'))).toBeVisible();
      await page.getByRole('navigation').getByRole('button', { name: t('nav-logout') }).click();

      await logIn(page, testInfo, lang, 'planner@example.org', DEMO_PASSWORD);
      await page.goto(`${OVERDUE_MEETING}/minutes`);
      await expect(page.getByRole('heading', { level: 1, name: t('minutes-write') })).toBeVisible();
      await settle(page, testInfo);
      await expectAccessible(page, testInfo);
      const summary = lang === 'ar' ? `ناقشنا تنظيم السوق ${run}` : `Nous avons discuté du marché ${run}`;
      await page.getByLabel(t('field-summary')).fill(summary);
      await page.getByLabel(t('field-attendance'), { exact: true }).fill('25');
      await page.getByLabel(t('field-attendance-reason')).fill('');
      await page.getByRole('button', { name: t('minutes-submit') }).click();
      await expect(page.getByText(t('error-attendance-reason-required'))).toBeVisible();
      await expect(page.getByLabel(t('field-summary'))).toHaveValue(summary);
      await settle(page, testInfo);
      await page.getByLabel(t('field-attendance-reason')).fill(lang === 'ar' ? 'عدّ عند الباب' : 'Comptage à la porte');
      await page.getByRole('button', { name: t('minutes-submit') }).click();
      await expect(page.getByText(t('notice-minutes-published'))).toBeVisible();
      await expect(page.getByRole('heading', { name: t('minutes-heading') })).toBeVisible();
      await expect(page.getByText(summary)).toBeVisible();
      await expect(page.locator('.minutes')).toContainText('25');
    });
  });
}
