import { useLingui } from '@lingui/react/macro';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { EnsureI18n } from '@/components/ui/ensure-i18n';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { withTags } from '@/lib/i18n/tags';

// Also shown by the error page (route-error.tsx), which must work even outside the app's provider.
export function NotFoundRoute() {
  return (
    <EnsureI18n>
      <NotFoundPage />
    </EnsureI18n>
  );
}

function NotFoundPage() {
  const { t } = useLingui();
  const location = useLocation();
  const pathname = location.pathname;
  useDocumentTitle(t`Page not found`);
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t`Page not found`}</h1>
      <p>
        {withTags(t`There is no page at <0>${pathname}</0>. The link may be old or mistyped.`, [
          <code />,
        ])}
      </p>
      <p>
        <Link to={paths.home.href()}>{t`Go to the start page`}</Link>
      </p>
    </section>
  );
}
