import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built web app. Hashed assets are immutable for a year; index.html is always
 * revalidated so a deployment is picked up at once. Unknown non-API paths get index.html
 * (client-side routing).
 */
export async function serveWebApp(app: FastifyInstance, appDir: string): Promise<boolean> {
  const indexFile = path.join(appDir, "index.html");
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ appDir }, "web app not built: run `npm run build`; serving the API only");
    return false;
  }
  await app.register(fastifyStatic, {
    root: appDir,
    index: ["index.html"],
    setHeaders(res, filePath) {
      const isHashedAsset = filePath.startsWith(path.join(appDir, "assets") + path.sep);
      res.header(
        "cache-control",
        isHashedAsset ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });
  return true;
}

/**
 * Whether a request that matched no route should get the single-page app: page navigations
 * only. API paths and missing files (anything with an extension, like a stale asset) get 404.
 */
export function wantsWebApp(method: string, url: string): boolean {
  const pathname = url.split("?")[0] ?? "";
  return (
    (method === "GET" || method === "HEAD") &&
    pathname !== "/api" &&
    !pathname.startsWith("/api/") &&
    !/\.[A-Za-z0-9]+$/.test(pathname)
  );
}
