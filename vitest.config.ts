import { defineConfig } from "vitest/config";

/*
 * Projects: database-backed tests on SQLite, the same tests on PostgreSQL (when
 * TEST_DATABASE_URL is set; in CI its absence is a failure, not a skip), and browser journeys
 * in real Chromium, on SQLite and (the need-to-know journeys) on PostgreSQL. Pure tests are
 * named *.unit.test.ts and run once.
 */
const inCi = process.env.CI === "true";
const withPostgres = Boolean(process.env.TEST_DATABASE_URL) || inCi;

export default defineConfig({
  test: {
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        test: {
          name: "sqlite",
          include: ["server/**/*.test.ts", "shared/**/*.test.ts"],
          env: { TEST_DIALECT: "sqlite" },
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: "postgres",
                include: ["server/**/*.test.ts"],
                exclude: ["**/*.unit.test.ts", "**/node_modules/**"],
                env: { TEST_DIALECT: "postgres" },
              },
            },
          ]
        : []),
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          env: { TEST_DIALECT: "sqlite" },
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: "e2e-postgres",
                // The journeys that cross the need-to-know rules run on PostgreSQL too.
                include: [
                  "e2e/journey.test.ts",
                  "e2e/correspondence*.test.ts",
                  "e2e/communities.test.ts",
                ],
                testTimeout: 60_000,
                hookTimeout: 240_000,
                fileParallelism: false,
                env: { TEST_DIALECT: "postgres" },
              },
            },
          ]
        : []),
    ],
  },
});
