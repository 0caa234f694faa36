/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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
 * The chart's code (recharts) is a chunk of its own, imported as the app starts; a modulepreload in
 * the HTML has the browser fetch it beside the entry script instead of after it has run.
 */
function preloadChartChunk(): Plugin {
  return {
    name: 'swapwatch-preload-chart',
    apply: 'build',
    transformIndexHtml: (_html, ctx) => {
      const chunk = Object.values(ctx.bundle ?? {}).find(
        (c) => c.type === 'chunk' && c.name === 'cumulative-chart',
      );
      if (!chunk) return [];
      return [
        {
          tag: 'link',
          attrs: { rel: 'modulepreload', href: `./${chunk.fileName}`, crossorigin: '' },
          injectTo: 'head',
        },
      ];
    },
  };
}

// `base: './'` makes dist/ work from any static file server, at any path.
export default defineConfig({
  base: './',
  plugins: [react(), cspMetaTag(), preloadChartChunk()],
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
