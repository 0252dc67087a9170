// A page whose feature is planned but not built yet: the URL already works and says so plainly.
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/components/ui/use-document-title';

export function Planned({ title, text }: { title: string; text: string }) {
  useDocumentTitle(title);
  return (
    <section className="page" aria-labelledby="planned-title">
      <h1 id="planned-title">{title}</h1>
      <p>{text}</p>
      <p>
        <Link to={paths.myEvents.href()}>Back to my events</Link>
      </p>
    </section>
  );
}
