// What a page shows when it crashes or a route is not found: never a blank page.
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
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

export function RouteError() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  const staleBuild = isChunkLoadError(error);
  return (
    <section className="page" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">Something went wrong</h1>
      <p>
        {staleBuild
          ? 'A new version of Open Event is available, or the connection dropped while loading this page.'
          : 'This page ran into a problem it could not recover from. Nothing you saved is lost.'}
      </p>
      {!staleBuild && !isRouteErrorResponse(error) ? (
        <p className="muted">Details: {errorMessage(error)}</p>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          Reload the page
        </button>
        <Link to={paths.home.href()}>Go to the start page</Link>
      </p>
    </section>
  );
}
