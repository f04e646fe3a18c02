import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiServer = "http://localhost:3000";

export default defineConfig({
  root: "app",
  publicDir: "public",
  plugins: [react()],
  resolve: {
    alias: { "@shared": fileURLToPath(new URL("./shared", import.meta.url)) },
  },
  build: {
    outDir: "../dist/app",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Framework code changes less often than ours: its own chunk stays cached across releases.
        codeSplitting: {
          groups: [
            {
              name: "framework",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": apiServer,
      "/health": apiServer,
      "/metrics": apiServer,
    },
  },
});
