import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const API = 'http://127.0.0.1:3000';

/** The dev server's origin is not one the API trusts for cookie writes, so the proxy speaks as the API's own. */
const proxy: ProxyOptions = {
  target: API,
  configure(server) {
    server.on('proxyReq', (request) => {
      if (request.getHeader('origin')) request.setHeader('origin', API);
    });
  },
};

/** The web app: built into apps/web/dist, which `centric serve` serves; in development the API is proxied. */
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { '/api': proxy, '/healthz': proxy } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900 },
});
