import { test } from '@playwright/test';
import { useLanguage } from './support';
test('shots', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await useLanguage(page, 'ar');
  await page.goto('/consultations/6d616a6c-6973-0000-0000-0000000000f1/outcome');
  await page.screenshot({ path: '/tmp/outcome-ar.png', fullPage: true });
  await page.goto('/accountability');
  await page.screenshot({ path: '/tmp/accountability-ar.png', fullPage: true });
  await useLanguage(page, 'fr');
  await page.goto('/accountability');
  await page.screenshot({ path: '/tmp/accountability-fr.png', fullPage: true });
  await page.goto('/consultations/6d616a6c-6973-0000-0000-0000000000c1');
  await page.screenshot({ path: '/tmp/consultation-fr.png', fullPage: true });
  console.log('console errors:', errors);
});
