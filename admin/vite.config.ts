import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built panel is served by the Strapi server at /panel/ (hash router,
// so no SPA fallback is needed). In development (`npm run dev -w admin`) the
// API is proxied to the local Strapi so cookies stay same-origin.
const apiTarget = process.env.MSKP_API_PROXY ?? 'http://localhost:1337';

export default defineConfig({
  base: '/panel/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
