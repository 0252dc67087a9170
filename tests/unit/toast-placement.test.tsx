// Where the toaster puts toasts (src/components/ui/toast.tsx): at the bottom, clear of the site
// header and its navigation at the top, with offsets from the design tokens of src/styles.css.
import { act, render, screen } from '@testing-library/react';
import { toast, toasterPlacement, Toasts } from '@/components/ui/toast';

describe('the toaster’s placement', () => {
  it('shows a toast at the bottom of the screen, never at the top where the header is', async () => {
    render(<Toasts />);
    act(() => toast.success('Payment settings saved.'));
    const message = await screen.findByText('Payment settings saved.');
    // Where the toaster sits is markup of the toast library, not something a user can query.
    // eslint-disable-next-line testing-library/no-node-access
    const toaster = message.closest<HTMLElement>('[data-sonner-toaster]');

    expect(toaster).not.toBeNull();
    expect(toaster?.dataset.yPosition).toBe('bottom');
    expect(toaster?.style.getPropertyValue('--offset-bottom')).toBe('var(--space-5)');
    expect(toaster?.style.getPropertyValue('--mobile-offset-bottom')).toBe(
      'calc(var(--space-4) + env(safe-area-inset-bottom, 0px))',
    );
  });

  it('offsets toasts with the spacing tokens only, on phones and on wide screens', () => {
    expect(toasterPlacement.position.startsWith('bottom-')).toBe(true);
    const offsets = [
      ...Object.values(toasterPlacement.offset),
      ...Object.values(toasterPlacement.mobileOffset),
    ];
    for (const offset of offsets) expect(offset).toMatch(/^(calc\()?var\(--space-\d\)/);
  });
});
