// Vite: React app, everything bundled locally (no CDN), served on 127.0.0.1 only, built as one HTML file.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// NOTE: investigators open Simpul from a laptop or USB stick with no server: file:// pages cannot load module
// scripts from files, so the build inlines the app's script and styles into index.html (the workers are
// already inline blobs, the sample case is compiled in). vite preview serves the same file.
function singleFile(): Plugin {
  return {
    name: 'simpul-single-file',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((item) => item.type === 'asset' && item.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
      let page = html.source;
      for (const [name, item] of Object.entries(bundle)) {
        if (item.type === 'chunk' && item.isEntry) {
          const tag = new RegExp(`<script type="module" crossorigin src="[^"]*${escape(item.fileName)}"></script>`);
          if (!tag.test(page)) continue;
          // `</script` inside the code would end the element early; `<\/script` means the same to JavaScript.
          const code = item.code.replace(/<\/script/gi, '<\\/script');
          // "<!--" would switch the HTML parser into a mode where a later "<script" nests; fail loudly instead.
          if (code.includes('<!--')) this.error('the bundle contains "<!--": it cannot be inlined into index.html safely');
          page = page.replace(tag, () => `<script type="module">${code}</script>`);
          delete bundle[name];
        } else if (item.type === 'asset' && item.fileName.endsWith('.css') && typeof item.source === 'string') {
          const tag = new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${escape(item.fileName)}">`);
          if (!tag.test(page)) continue;
          const css = item.source;
          page = page.replace(tag, () => `<style>${css}</style>`);
          delete bundle[name];
        }
      }
      html.source = page;
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default defineConfig({
  plugins: [react(), singleFile()],
  base: './',
  // NOTE: `npm start` is plain `vite`: the host lives here, and no browser is opened (a laptop without xdg-open
  // printed `Error: spawn xdg-open ENOENT` when the script passed `--open=false`, which vite reads as a path).
  server: { host: '127.0.0.1', port: 5173, open: false },
  // NOTE: vite's dependency scan starts from index.html and does not follow `?worker` imports, so the first run
  // discovered the workers' dependencies late, re-optimised and reloaded the page under the trainee. Scanning
  // the workers too pre-bundles everything before the first page load.
  optimizeDeps: { entries: ['index.html', 'src/worker/*.worker.ts'] },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, assetsInlineLimit: 100_000_000, modulePreload: false },
  // NOTE: classic (iife) workers: a module worker from a blob: URL fails on a file:// page (opaque origin, CORS fetch).
  worker: { format: 'iife' },
});
