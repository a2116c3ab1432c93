import type { OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';

/**
 * `<link rel="modulepreload">` in index.html for the app's main script (`module`, imported dynamically by the
 * small entry script, boot.ts) and every chunk it imports: the browser fetches them alongside the entry
 * instead of only once the entry has arrived and run (one round trip and more later).
 */
export function preloadApp(module: string): Plugin {
  return {
    name: 'huifang-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const app = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(module)));
        if (!app) throw new Error(`preloadApp: no chunk holds ${module}`);
        const files = [...staticImports(bundle, app.fileName)].filter(
          (f) => !(bundle[f] as OutputChunk).isEntry,
        );
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

function staticImports(bundle: OutputBundle, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const chunk = bundle[file];
  if (chunk?.type === 'chunk') for (const dep of chunk.imports) staticImports(bundle, dep, seen);
  return seen;
}
