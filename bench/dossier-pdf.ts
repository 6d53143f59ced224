// Prints a dossier to PDF in headless Chromium (what "File → Print → Save as PDF" does):
//   npx tsx bench/dossier-pdf.ts out/sample/report.html out/sample/report.pdf
// then look at a page: pdftoppm -f 3 -l 3 -r 80 -png out/sample/report.pdf page
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [html = 'out/sample/report.html', pdf = 'out/sample/report.pdf'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(resolve(html)).href);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  process.stdout.write(`Wrote ${pdf}\n`);
} finally {
  await browser.close();
}
