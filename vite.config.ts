import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The tab is a static single-page app; in local mode the stand-in server serves dist/ on its HTTPS origin.
export default defineConfig({
  root: 'src/tab',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
