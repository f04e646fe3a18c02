import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const apiServer = "http://localhost:3000";

/**
 * The DSFR icon stylesheet, linked with a hash of its content. `react-dsfr update-icons` (run
 * before each build) trims it to the icons we use and would write that hash into index.html, and
 * `copy-dsfr-to-public` (run at install) would write it back as a version: a tracked file rewritten
 * by every build. index.html therefore does not link it; this plugin does, at serve and build time.
 */
function dsfrIconsStylesheet(): Plugin {
  const iconsCss = fileURLToPath(
    new URL("./app/public/dsfr/utility/icons/icons.min.css", import.meta.url),
  );
  return {
    name: "dsfr-icons-stylesheet",
    transformIndexHtml: {
      order: "pre",
      handler: (html) => {
        const hash = createHash("sha256").update(readFileSync(iconsCss)).digest("hex").slice(0, 8);
        const link = `<link rel="stylesheet" href="/dsfr/utility/icons/icons.min.css?hash=${hash}" />`;
        const dsfrCss = '<link rel="stylesheet" href="/dsfr/dsfr.min.css';
        if (!html.includes(dsfrCss)) throw new Error("index.html must link /dsfr/dsfr.min.css");
        return html.replace(dsfrCss, `${link}\n    ${dsfrCss}`);
      },
    },
  };
}

export default defineConfig({
  root: "app",
  publicDir: "public",
  plugins: [react(), dsfrIconsStylesheet()],
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
