import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const [path, ...rest] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
await page.goto(`http://localhost:5610${path}`);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const name = path.replace(/\W+/g, '_');
let i = 0;
for (let y = 0; y < h; y += 1100) {
  await page.screenshot({ path: `/tmp/nat-shots/${name}320_part${i++}.png`, fullPage: true, clip: { x: 0, y, width: 320, height: Math.min(1100, h - y) } });
}
console.log(name, h, i);
await browser.close();
