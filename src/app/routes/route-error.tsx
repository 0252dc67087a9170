// What a page shows when it crashes or a route is not found: never a blank page.
import { useLingui } from '@lingui/react/macro';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { EnsureI18n } from '@/components/ui/ensure-i18n';
import { errorMessage } from '@/components/ui/error-notice';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { NotFoundRoute } from './not-found';

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      error.message,
    )
  );
}

// Never a crash of its own: it has an i18n even where no provider is above it (EnsureI18n).
export function RouteError() {
  return (
    <EnsureI18n>
      <RouteErrorPage />
    </EnsureI18n>
  );
}

function RouteErrorPage() {
  const { t } = useLingui();
  const error = useRouteError();
  useDocumentTitle(t`Something went wrong`);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  const staleBuild = isChunkLoadError(error);
  const details = errorMessage(error);
  return (
    <section className="page" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t`Something went wrong`}</h1>
      <p>
        {staleBuild
          ? t`A new version of Open Event is available, or the connection dropped while loading this page.`
          : t`This page ran into a problem it could not recover from. Nothing you saved is lost.`}
      </p>
      {!staleBuild && !isRouteErrorResponse(error) ? (
        <p className="muted">{t`Details: ${details}`}</p>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          {t`Reload the page`}
        </button>
        <Link to={paths.home.href()}>{t`Go to the start page`}</Link>
      </p>
    </section>
  );
}
