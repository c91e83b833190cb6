import AxeBuilder from '@axe-core/playwright';
import { createHmac } from 'node:crypto';
import { expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

export type Lang = 'ar' | 'fr';

/** The texts the journeys look for, as the translation files have them. */
export const T = {
  ar: {
    register: 'إنشاء حساب', login: 'تسجيل الدخول', loginSubmit: 'دخول', logout: 'تسجيل الخروج',
    name: 'الاسم الظاهر', email: 'البريد الإلكتروني', password: 'كلمة المرور', confirm: 'تأكيد كلمة المرور',
    newPassword: 'كلمة المرور الجديدة', registerSubmit: 'إنشاء حسابي', checkEmail: 'تفقّد بريدك الإلكتروني',
    confirmSubmit: 'تأكيد عنواني', confirmed: 'تمّ تأكيد عنوانك', mismatch: 'كلمتا المرور غير متطابقتين.',
    tooShort: 'يجب أن تتكوّن كلمة المرور من عشرة أحرف على الأقل.', invalidCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    staffOnly: 'هذه الصفحة مخصّصة لأعوان البلدية.', forgot: 'نسيت كلمة المرور؟', forgotSubmit: 'إرسال الرابط',
    resetSent: 'إن كان هناك حساب بهذا العنوان', resetSubmit: 'حفظ كلمة المرور', passwordChanged: 'تمّ تغيير كلمة المرور',
    staff: 'فضاء الأعوان', users: 'الحسابات والأدوار', change: 'تغيير', planner: 'فريق التهيئة العمرانية', roleFor: 'دور',
    howTitle: 'كيف تشارك', municipality: 'بلدية الواحة', dir: 'rtl', confirmSubject: 'أكّد بريدك الإلكتروني',
    resetSubject: 'كلمة مرور جديدة', myAccount: 'حسابي',
  },
  fr: {
    register: 'Créer un compte', login: 'Se connecter', loginSubmit: 'Se connecter', logout: 'Se déconnecter',
    name: 'Nom affiché', email: 'Adresse e-mail', password: 'Mot de passe', confirm: 'Confirmez le mot de passe',
    newPassword: 'Nouveau mot de passe', registerSubmit: 'Créer mon compte', checkEmail: 'Vérifiez votre boîte e-mail',
    confirmSubmit: 'Confirmer mon adresse', confirmed: 'Votre adresse est confirmée', mismatch: 'Les deux mots de passe ne sont pas identiques.',
    tooShort: 'Le mot de passe doit comporter au moins 10 caractères.', invalidCredentials: 'Adresse e-mail ou mot de passe incorrect.',
    staffOnly: 'Cette page est réservée aux agents de la commune.', forgot: 'Mot de passe oublié ?', forgotSubmit: 'Envoyer le lien',
    resetSent: 'Si un compte existe pour cette adresse', resetSubmit: 'Enregistrer le mot de passe', passwordChanged: 'Votre mot de passe a été changé',
    staff: 'Espace agents', users: 'Comptes et rôles', change: 'Changer', planner: 'Équipe urbanisme', roleFor: 'Rôle de',
    howTitle: 'Comment participer', municipality: 'Commune d’El Waha', dir: 'ltr', confirmSubject: 'confirmez votre adresse e-mail',
    resetSubject: 'nouveau mot de passe', myAccount: 'Mon compte',
  },
} as const;

export const DEMO_ADMIN = { email: 'admin@example.org', password: 'majlis-demo-2026' };

/** The demo staff accounts' TOTP secrets (README.md; server/src/seed.rs). */
export const DEMO_TOTP: Record<string, string> = {
  'admin@example.org': 'NVQWU3DJOMWWIZLNN4WWCZDNNFXC2MRQGI3A',
  'referent@example.org': 'NVQWU3DJOMWWIZLNN4WXEZLGMVZGK3TUFUZDAMRW',
  'planner@example.org': 'NVQWU3DJOMWWIZLNN4WXA3DBNZXGK4RNGIYDENQ',
  'official@example.org': 'NVQWU3DJOMWWIZLNN4WW6ZTGNFRWSYLMFUZDAMRW',
};

function base32(secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 secret at a time step. */
export function totpCode(secret: string, step = Math.floor(Date.now() / 30_000)): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

/**
 * On the second-factor page, types the current code of `secret`. A code works once: when
 * another test used this step's code for the same account, waits for the next step.
 */
export async function enterSecondFactor(page: Page, testInfo: TestInfo, lang: Lang, secret: string) {
  await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'two-factor-title') })).toBeVisible();
  for (let attempt = 0; attempt < 6; attempt++) {
    await settle(page, testInfo);
    await page.getByLabel(ftl(lang, 'field-two-factor-code'), { exact: true }).fill(totpCode(secret));
    await page.getByRole('main').getByRole('button', { name: ftl(lang, 'two-factor-submit') }).click();
    const used = page.getByText(ftl(lang, 'error-code-used'));
    const done = page.getByRole('heading', { level: 1, name: ftl(lang, 'two-factor-title') });
    await expect(async () => {
      expect((await used.isVisible()) || !(await done.isVisible())).toBe(true);
    }).toPass();
    if (!(await used.isVisible())) return;
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
    await page.goto('/account/two-factor');
  }
  throw new Error('no second-factor code was accepted');
}

/** Opens a page in a language (the choice is a cookie set by the language switch). */
export async function useLanguage(page: Page, lang: Lang) {
  await page.context().addCookies([{ name: 'majlis_lang', value: lang, url: process.env.MAJLIS_E2E_BASE_URL ?? 'http://127.0.0.1:3000' }]);
}

/**
 * Fails on any accessibility violation axe finds on the page as it is now. axe runs as a
 * script, so for the no-JavaScript project it checks a copy of the page's HTML (scripts
 * removed, same origin so the stylesheet applies) in a scripted page of its own.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo) {
  let target = page;
  let scratch: BrowserContext | undefined;
  if (testInfo.project.name !== 'javascript') {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    scratch = await browser.newContext({ javaScriptEnabled: true });
    target = await scratch.newPage();
    await target.goto(new URL('/health', page.url()).toString());
    await target.setContent(html, { waitUntil: 'load' });
  }
  try {
    const results = await new AxeBuilder({ page: target }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    if (summary.length) await testInfo.attach('axe', { body: summary.join('\n'), contentType: 'text/plain' });
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  } finally {
    await scratch?.close();
  }
}

/** With JavaScript on, waits until the page is hydrated (the browser code marks <html>). */
export async function settle(page: Page, testInfo: TestInfo) {
  if (testInfo.project.name === 'javascript') {
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  } else {
    await page.waitForLoadState('load');
    await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
  }
}

/** Fills and sends the registration form, and waits for the "check your email" page. */
export async function register(page: Page, testInfo: TestInfo, lang: Lang, name: string, email: string, password: string) {
  const t = T[lang];
  await page.goto('/account/register');
  await settle(page, testInfo);
  await page.getByLabel(t.name).fill(name);
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password, { exact: true }).fill(password);
  await page.getByLabel(t.confirm).fill(password);
  await page.getByRole('button', { name: t.registerSubmit }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.checkEmail })).toBeVisible();
}

export function uniqueEmail(tag: string, testInfo: TestInfo) {
  return `${tag}-${testInfo.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.tn`;
}

type Mail = { subject: string; text: string; to: { address: string }[] };

/** Waits for an email to `to` at maildev and returns the newest one whose subject contains `subject`. */
export async function waitForMail(to: string, subject: string): Promise<Mail> {
  const api = process.env.MAJLIS_E2E_MAILDEV_URL ?? 'http://127.0.0.1:1080';
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${api}/email`);
    const all = (await res.json()) as Mail[];
    const mine = all.filter((m) => m.to.some((t) => t.address === to) && m.subject.includes(subject));
    if (mine.length) return mine[mine.length - 1];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no email "${subject}" to ${to}`);
}

export function linkIn(mail: Mail, path: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s]+${path.replace(/[?]/g, '\\?')}[^\\s]*`));
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[0];
}

/**
 * A message of the translation files (app/locales/<lang>/*.ftl, one file per feature), for
 * single-line messages without arguments: the journeys look for exactly what users read.
 */
export function ftl(lang: Lang, key: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  const dir = `${__dirname}/../../app/locales/${lang}`;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const line = fs.readFileSync(`${dir}/${file}`, 'utf8').split('\n').find((l) => l.startsWith(`${key} = `));
    if (line) return line.slice(key.length + 3).trim();
  }
  throw new Error(`no message ${key} in ${lang}`);
}

/** Logs in through the form (with or without JavaScript) and waits for the home page. */
export async function logIn(page: Page, testInfo: TestInfo, lang: Lang, email: string, password: string) {
  await page.goto('/account/login');
  await settle(page, testInfo);
  await page.getByLabel(ftl(lang, 'field-email')).fill(email);
  await page.getByLabel(ftl(lang, 'field-password'), { exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: ftl(lang, 'login-submit') }).click();
  const secret = DEMO_TOTP[email];
  if (secret) await enterSecondFactor(page, testInfo, lang, secret);
  await expect(page.getByRole('navigation').getByRole('button', { name: ftl(lang, 'nav-logout') })).toBeVisible();
}

export const DEMO_PASSWORD = 'majlis-demo-2026';
/** The demo consultations (server/src/seed.rs): supports open in the first, proposals in the second. */
export const DEMO_SUPPORTS_OPEN = '/consultations/6d616a6c-6973-0000-0000-0000000000a1';
export const DEMO_PROPOSALS_OPEN = '/consultations/6d616a6c-6973-0000-0000-0000000000b1';
/** Demo proposals whose answer is late: one per run, since a run answers it. */
export const DEMO_OVERDUE_PROPOSALS = ['1001', '1003', '1004', '1005'].map((n) => `/proposals/6d616a6c-6973-0000-0000-00000000${n}`);

/**
 * A new resident, registered through the form, confirmed through the emailed link, logged in
 * and verified against the demo census with `identity` (national ID, birth year).
 */
export async function newVerifiedResident(page: Page, testInfo: TestInfo, lang: Lang, tag: string, identity: [string, string]) {
  const email = uniqueEmail(`${tag}-${lang}`, testInfo);
  await register(page, testInfo, lang, lang === 'ar' ? 'ليلى الورتاني' : 'Leïla Ouertani', email, 'olive-tree-2026');
  const mail = await waitForMail(email, T[lang].confirmSubject);
  await page.goto(linkIn(mail, '/account/confirm?token='));
  await settle(page, testInfo);
  await page.getByRole('button', { name: ftl(lang, 'confirm-submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'login-title') })).toBeVisible();
  await logIn(page, testInfo, lang, email, 'olive-tree-2026');
  await page.goto('/account/verify');
  await settle(page, testInfo);
  await page.getByLabel(ftl(lang, 'field-national-id')).fill(identity[0]);
  await page.getByLabel(ftl(lang, 'field-birth-year')).fill(identity[1]);
  await page.getByRole('button', { name: ftl(lang, 'verify-submit') }).click();
  await expect(page.getByText(ftl(lang, 'notice-verified'))).toBeVisible();
  return email;
}

/**
 * Gives a browser context a client address of its own (the test server trusts one proxy
 * hop), as separate people have: the per-address limits (wrong passwords, registrations)
 * then count each journey apart, not every journey that runs in the same minute.
 */
export async function ownAddress(context: BrowserContext) {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': `10.${octet()}.${octet()}.${octet()}` });
}

export const RESIDENT_PASSWORD = 'olive-tree-2026';

/**
 * A new resident, registered, confirmed through the emailed link and logged in. Each comes
 * from an address of their own (the test server trusts one proxy hop): these journeys
 * register a dozen residents, more than one address may in an hour.
 */
export async function newResident(page: Page, testInfo: TestInfo, lang: Lang, tag: string, name: string) {
  await ownAddress(page.context());
  const email = uniqueEmail(`${tag}-${lang}`, testInfo);
  await register(page, testInfo, lang, name, email, RESIDENT_PASSWORD);
  const mail = await waitForMail(email, lang === 'ar' ? 'أكّد بريدك الإلكتروني' : 'confirmez votre adresse e-mail');
  await page.goto(linkIn(mail, '/account/confirm?token='));
  await settle(page, testInfo);
  await page.getByRole('button', { name: ftl(lang, 'confirm-submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ftl(lang, 'login-title') })).toBeVisible();
  await logIn(page, testInfo, lang, email, RESIDENT_PASSWORD);
  return email;
}

