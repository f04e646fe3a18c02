import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { plainTextOf } from "@shared/schemas/feed";
import type { Home } from "@shared/schemas/home";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import {
  describeNotification,
  notificationLink,
} from "../../notifications/components/describe-notification";
import { useHome } from "../api/home";
import { HomeItem } from "../components/home-item";
import { UnitSummary } from "../components/unit-summary";
import "../components/home.css";

type SectionProps = { id: string; title: string; children: ReactNode };

function Section({ id, title, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="fr-mb-5w">
      <h2 id={id} className="fr-h3">
        {title}
      </h2>
      {children}
    </section>
  );
}

function SeeAll({ to, label }: { to: string; label: string }) {
  return (
    <p className="fr-mb-0">
      <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to={to}>
        {label}
      </Link>
    </p>
  );
}

/** Alerts: unread alert notifications and flash or immediate items nobody acknowledged. */
function AlertsSection({ alerts }: { alerts: NonNullable<Home["alerts"]> }) {
  const t = useT();
  const empty = alerts.notifications.items.length === 0 && alerts.unacknowledged.length === 0;
  return (
    <Section id="home-alerts" title={t("home.alerts")}>
      {empty && <p>{t("home.noAlerts")}</p>}
      {alerts.unacknowledged.length > 0 && (
        <Alert
          className="fr-mb-2w"
          severity="error"
          small
          description={
            <>
              {t("home.unacknowledged", { count: alerts.unacknowledged.length })}
              <ul className="fr-mb-0">
                {alerts.unacknowledged.map((item) => (
                  <li key={item.id}>
                    <Link to={paths.correspondenceDocument(item.id)}>
                      {t(`precedence.${item.precedence}`)} — {item.subject}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      {alerts.notifications.items.map((n) => {
        const link = notificationLink(n);
        const sentence = describeNotification(n, t);
        return (
          <Alert
            key={n.id}
            className="fr-mb-2w"
            severity="warning"
            small
            description={link === null ? sentence : <Link to={link}>{sentence}</Link>}
          />
        );
      })}
      {alerts.notifications.nextCursor !== null && (
        <SeeAll to={paths.notifications} label={t("home.seeAllNotifications")} />
      )}
    </Section>
  );
}

/** What the user follows: latest posts, and dispatched correspondence with a followed tag. */
function FollowingSection({ following }: { following: NonNullable<Home["following"]> }) {
  const t = useT();
  const format = useFormatters();
  const empty = following.posts.length === 0 && following.correspondence.length === 0;
  return (
    <Section id="home-following" title={t("home.following")}>
      {empty && <p>{t("home.noFollowing")}</p>}
      {following.posts.length > 0 && (
        <>
          <h3 className="fr-h6">{t("home.followedPosts")}</h3>
          <ul className="home-list">
            {following.posts.map((post) => (
              <li key={post.id} className="home-item">
                <p className="fr-text--sm fr-mb-1v">
                  {t("home.postBy", {
                    author: post.author.displayName,
                    community: post.community.name,
                  })}
                  {" · "}
                  {format.dateTime(post.createdAt)}
                </p>
                <p className="fr-mb-0">
                  <Link to={paths.community(post.community.id)}>
                    {excerpt(plainTextOf(post.body))}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
          <SeeAll to={paths.feed} label={t("home.seeFeed")} />
        </>
      )}
      {following.correspondence.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mt-3w">
            {t("home.followedTags", { tags: following.followedTags.join(", ") })}
          </h3>
          <ul className="home-list">
            {following.correspondence.map((item) => (
              <HomeItem key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

const EXCERPT_LENGTH = 160;
const excerpt = (text: string) =>
  text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…`;

/**
 * The home page ranks what matters: what to handle (by precedence, then deadline), alerts, what
 * the user follows, then the rest for information — and for a head of unit, the unit's figures.
 * One request; « Afficher plus » continues « À traiter ».
 */
export function HomePage() {
  const t = useT();
  const me = useCurrentUser();
  usePageTitle(t("home.pageTitle"));
  const home = useHome();
  const first = home.data?.pages[0];
  const actionItems = home.data?.pages.flatMap((p) => p.actionItems.items) ?? [];

  return (
    <>
      <h1>{t("home.title", { name: me.user.givenName })}</h1>
      <p className="fr-mb-4w">
        <Link className="fr-link fr-icon-account-circle-line fr-link--icon-left" to={paths.profile}>
          {t("home.myProfile")}
        </Link>
      </p>
      {home.isPending && <Loading />}
      <ApiErrorAlert error={home.error} />
      {first && (
        <>
          {first.unitSummaries.map((summary) => (
            <UnitSummary key={summary.unit.id} summary={summary} />
          ))}
          <Section id="home-action" title={t("home.toHandle")}>
            {actionItems.length === 0 ? (
              <p>{t("home.noActionItems")}</p>
            ) : (
              <ul className="home-list">
                {actionItems.map((item) => (
                  <HomeItem key={item.id} item={item} />
                ))}
              </ul>
            )}
            {home.hasNextPage && (
              <Button
                priority="secondary"
                size="small"
                className="fr-mb-2w"
                disabled={home.isFetchingNextPage}
                onClick={() => void home.fetchNextPage()}
              >
                {t("home.moreActionItems")}
              </Button>
            )}
            <SeeAll to={paths.correspondence} label={t("home.seeActionBox")} />
            {first.circuit && first.circuit.items.length > 0 && (
              <>
                <h3 className="fr-h6 fr-mt-3w">{t("home.circuit")}</h3>
                <ul className="home-list">
                  {first.circuit.items.map((item) => (
                    <HomeItem key={item.id} item={item} />
                  ))}
                </ul>
                <SeeAll to={paths.correspondenceCircuit} label={t("home.seeCircuitBox")} />
              </>
            )}
          </Section>
          {first.alerts && <AlertsSection alerts={first.alerts} />}
          {first.following && <FollowingSection following={first.following} />}
          {first.forInformation && (
            <Section id="home-info" title={t("home.forInformation")}>
              {first.forInformation.items.length === 0 ? (
                <p>{t("home.noInformation")}</p>
              ) : (
                <ul className="home-list">
                  {first.forInformation.items.map((item) => (
                    <HomeItem key={item.id} item={item} />
                  ))}
                </ul>
              )}
              <SeeAll to={paths.correspondenceInfo} label={t("home.seeInfoBox")} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
