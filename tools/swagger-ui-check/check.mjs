// Drives Swagger UI in a real Chromium: Authorize with an API key, then "Try it out" on GET /api/v1/ikms.
// Exit 0 when the call answered 200. Usage: node check.mjs http://localhost:5080 "$(head -1 .data/admin-key)"
import { chromium } from 'playwright-core';
const [base, key] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${base}/swagger/index.html`);
await page.waitForSelector('.btn.authorize', { timeout: 60000 });
await page.click('.btn.authorize');
const apiKeySection = page.locator('.auth-container').filter({ hasText: 'X-Api-Key' });
await apiKeySection.locator('input').fill(key);
await apiKeySection.locator('button.authorize').click();
await page.click('.btn-done');
const op = page.locator('#operations-IKM-ListIkms');
await op.locator('.opblock-summary').click();
await op.locator('.try-out__btn').click();
await op.locator('.execute').click();
await op.locator('.live-responses-table tbody .response-col_status').waitFor({ timeout: 30000 });
const status = (await op.locator('.live-responses-table tbody .response-col_status').first().innerText()).trim();
const body = (await op.locator('.live-responses-table .microlight').first().innerText()).slice(0, 120);
console.log(`Swagger UI: GET /api/v1/ikms after Authorize with an API key -> ${status}; body starts ${JSON.stringify(body)}`);

await browser.close();
process.exit(status === '200' ? 0 : 1);
