import { test } from '@playwright/test';
import { useLanguage } from './support';
test('shots', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await useLanguage(page, 'ar');
  await page.goto('/results/6d616a6c-6973-0000-0000-000000005000');
  await page.screenshot({ path: '/tmp/result-ar.png', fullPage: true });
  await useLanguage(page, 'fr');
  await page.goto('/proposals/6d616a6c-6973-0000-0000-000000001008');
  await page.screenshot({ path: '/tmp/proposal-fr.png', fullPage: true });
  await page.goto('/consultations/6d616a6c-6973-0000-0000-0000000000f1/results');
  await page.screenshot({ path: '/tmp/results-fr.png', fullPage: true });
  console.log('console errors:', errors);
});
