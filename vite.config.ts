/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import type { Plugin } from 'vite';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compactDataFiles } from './scripts/compact-data.ts';

/**
 * The production Content-Security-Policy, shipped as a meta tag. Only the build gets it: the dev
 * server injects an inline script (React refresh) that the policy would rightly block. A tile server
 * configured with VITE_TILE_URL is added to img-src.
 */
export function contentSecurityPolicy(tileUrl = process.env.VITE_TILE_URL): string {
  const tileOrigin = tileUrl ? ` ${new URL(tileUrl.replace(/[{}]/g, '')).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${tileOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function cspMetaTag(): Plugin {
  return {
    name: 'swapwatch-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The app's script, the chunks it imports and the chart's code (recharts, a chunk of its own) are
 * started by public/boot.js, not by tags in <head>: on the prerendered page they wait for its first
 * frame, so on a slow link they do not compete with the stylesheet that frame needs. Their built
 * names go on boot.js's tag.
 */
function startScriptsFromBoot(): Plugin {
  return {
    name: 'swapwatch-start-from-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chart = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.name === 'cumulative-chart',
        );
        const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        const boot = '<script src="./boot.js"></script>';
        if (!chart || !entry || !html.includes(boot)) {
          throw new Error('index.html: no entry script, chart chunk or boot.js tag to hand over');
        }
        // Chunks the entry imports (shared with the lazy views) are preloaded by boot.js with it.
        const preloads = [
          ...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g),
        ];
        // The code that reads the data files (with zod and the schemas) is not needed to paint,
        // but the data is read with it from the first byte: it is fetched with the app's script.
        const reader = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.name === 'load-file',
        );
        if (!reader || reader.type !== 'chunk') {
          throw new Error("index.html: no chunk with the data files' reading code");
        }
        // With the chunks it imports that the entry does not (zod): otherwise each is found only
        // once the reading code has arrived, a round trip later on a slow link.
        const listed = new Set(preloads.map((m) => m[1]!.replace(/^\.\//, '')));
        const readerOwn = reader.imports.filter(
          (file) => !listed.has(file) && !entry[1]!.endsWith(file),
        );
        const shared = [
          ...preloads.map((m) => m[1]),
          ...readerOwn.map((file) => `./${file}`),
          `./${reader.fileName}`,
        ].join(' ');
        return preloads
          .reduce((page, m) => page.replace(m[0], ''), html.replace(entry[0], ''))
          .replace(
            boot,
            `<script src="./boot.js" data-entry="${entry[1]}" data-chart="./${chart.fileName}"` +
              ` data-preload="${shared}"></script>`,
          );
      },
    },
  };
}

/**
 * Puts the default view, rendered by React's server renderer with the bundled data
 * (src/app/prerender.tsx), inside `#root` of the built index.html: the header, figures, chart and
 * list of exchanges appear before any JavaScript has run. public/boot.js keeps it out of the page
 * on a link with its own view (a query), which the app renders instead. The static HTML must carry
 * no style attribute: the CSP would refuse it.
 */
function prerenderDefaultView(): Plugin {
  return {
    name: 'swapwatch-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        // A throwaway SSR loader over the same sources (no config file: this plugin is not in it).
        const loader = await createServer({
          configFile: false,
          root: import.meta.dirname,
          base: './',
          logLevel: 'error',
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        });
        try {
          const entry = (await loader.ssrLoadModule('/src/app/prerender.tsx')) as {
            prerenderDefaultView: (read: (name: string) => Promise<string>) => Promise<string>;
          };
          const markup = await entry.prerenderDefaultView((name) =>
            readFile(new URL(`./public/data/${name}.json`, import.meta.url), 'utf8'),
          );
          if (/\sstyle="/.test(markup)) {
            throw new Error('the prerendered view has a style attribute, which the CSP refuses');
          }
          const boot = /<div id="root">[\s\S]*?<!-- \/root -->/;
          if (!boot.test(html)) throw new Error('index.html has no #root … <!-- /root --> to fill');
          return html.replace(boot, () => `<div id="root" data-prerendered>${markup}</div>`);
        } finally {
          await loader.close();
        }
      },
    },
  };
}

/** The data files ship compact (scripts/compact-data.ts); public/data keeps them readable. */
function compactDataInBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'swapwatch-compact-data',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const data = join(outDir, 'data');
      if (!existsSync(data)) return;
      const { left } = compactDataFiles(data);
      for (const name of left) {
        this.warn(`data/${name} ships as it is: not JSON, or a number JSON cannot write back`);
      }
    },
  };
}

// `base: './'` makes dist/ work from any static file server, at any path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    cspMetaTag(),
    startScriptsFromBoot(),
    prerenderDefaultView(),
    compactDataInBuild(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  // The quote search worker is a module worker (new Worker(url, { type: 'module' })).
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup-vitest.ts'],
    restoreMocks: true,
    // The JSON report lets .ci/run print one summed 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
