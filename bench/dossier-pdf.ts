// Prints a dossier to PDF in headless Chromium (what "File → Print → Save as PDF" does):
//   npx tsx bench/dossier-pdf.ts out/sample/report.html out/sample/report.pdf [--latin-fonts-only]
// then look at a page: pdftoppm -f 3 -l 3 -r 80 -png out/sample/report.pdf page
// --latin-fonts-only prints as a machine without Asian fonts would: Chromium sees only the DejaVu and Liberation
// fonts (a fontconfig file of its own), so Burmese, Thai, Khmer and Chinese come out as empty boxes and what a
// reader can still read is the Latin transliteration and the code points printed beside each such name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const latinOnly = args.includes('--latin-fonts-only');
const [html = 'out/sample/report.html', pdf = 'out/sample/report.pdf'] = args.filter((arg) => !arg.startsWith('--'));

function latinFontConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-fonts-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <dir>/usr/share/fonts/truetype/liberation</dir>
  <dir>/usr/share/fonts/truetype/liberation2</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`);
  return file;
}

const env = latinOnly ? { ...process.env, FONTCONFIG_FILE: latinFontConfig() } : process.env;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], env });
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(resolve(html)).href);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  process.stdout.write(`Wrote ${pdf}${latinOnly ? ' (DejaVu and Liberation fonts only)' : ''}\n`);
} finally {
  await browser.close();
}
