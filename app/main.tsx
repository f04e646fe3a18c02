import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Link } from "react-router";
import { App } from "./App";
import { onSessionError } from "./api/client";
import { createQueryClient } from "./api/query-client";
import { meQueryKey } from "./features/auth/api/me";
import { useLocale } from "./i18n/use-t";
import "./app.css";

startReactDsfr({ defaultColorScheme: "system", Link, useLang: useLocale });

declare module "@codegouvfr/react-dsfr/spa" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

const queryClient = createQueryClient();

onSessionError((error) => {
  if (error.status === 401) {
    // The session is gone: forgetting `me` makes the guard show the login page.
    queryClient.setQueryData(meQueryKey, null);
  } else {
    // charter_not_accepted: a new charter version came out; `me` will say so.
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  }
});

const container = document.getElementById("root");
if (container === null) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
