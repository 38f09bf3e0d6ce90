import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The API process's address in development; `npm run dev` starts it on this port. 127.0.0.1, not
 * localhost: the server listens on IPv4 loopback by default, and localhost may resolve to ::1 first.
 */
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    strictPort: true,
    // The SPA always calls same-origin /api, so development needs no CORS configuration.
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/v1': { target: apiTarget, changeOrigin: true },
    },
  },
});
