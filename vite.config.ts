import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/vite-precompress.ts';
import { preloadApp } from './scripts/vite-preload-app.ts';

export default defineConfig({
  root: 'src/web',
  plugins: [react(), preloadApp('src/web/main.tsx'), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // The chunk every page shares (React, Ant Design …) is named after one of its modules otherwise.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/react-dom/'))
            ? 'assets/shared-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
