import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/components/ui/use-document-title';

export function NotFoundRoute() {
  const location = useLocation();
  useDocumentTitle('Page not found');
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code>{location.pathname}</code>. The link may be old or mistyped.
      </p>
      <p>
        <Link to={paths.home.href()}>Go to the start page</Link>
      </p>
    </section>
  );
}
