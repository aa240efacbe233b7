import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Le serveur Fastify (apps/serveur) sert l'API sous /api.
// En développement, Vite relaie /api vers lui (port 3000 par défaut).
export default defineConfig({
  plugins: [react()],
  publicDir: "public",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
});
