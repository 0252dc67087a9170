// The <Trans> that the macro writes (lingui.config.ts, runtimeConfigModule): Lingui's own, on the
// app's i18n. In a module of its own, so that only code that shows a <Trans> downloads Lingui's
// tag formatting (about 1.1 KiB gzip): @lingui/react's Trans lives in the module every page
// loads for useLingui. The pages of a first visit draw their few tagged messages with withTags
// (./tags.tsx) instead.
import { useLingui, type TransProps } from '@lingui/react';
import { TransNoContext } from '@lingui/react/server';

export function Trans(props: TransProps) {
  const { i18n, defaultComponent } = useLingui();
  return <TransNoContext {...props} lingui={{ i18n, defaultComponent }} />;
}
