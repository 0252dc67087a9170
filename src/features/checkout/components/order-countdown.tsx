// "Time left to complete your order": created-at + order-expiry-time; at zero, the expired page.
// The clock itself is a timer, which screen readers do not read out as it ticks; a polite live
// region says the time left when it crosses a few marks instead (10, 5, 2 and 1 minutes), and from
// 2 minutes on the line turns into a warning.
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { usePublicSettings } from '@/lib/settings';
import { formatRemaining, orderExpiresAt, useCountdown } from '../use-countdown';
import { withTags } from '@/lib/i18n/tags';

interface OrderCountdownProps {
  identifier: string;
  createdAt: string;
  /** While a charge is out, leaving would lose its answer: expiry waits for it. */
  paused?: boolean;
}

export function OrderCountdown(props: OrderCountdownProps) {
  const { t } = useLingui();
  const settings = usePublicSettings();
  if (!settings.data) {
    // The same line without the time yet (or if the settings cannot be read), so the page below
    // does not move when it arrives.
    return <p className="order-countdown">{t`Time left to complete your order: …`}</p>;
  }
  return <Countdown {...props} expiryMinutes={settings.data.orderExpiryMinutes} />;
}

function Countdown({
  identifier,
  createdAt,
  paused = false,
  expiryMinutes,
}: OrderCountdownProps & { expiryMinutes: number }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const remaining = useCountdown(orderExpiresAt(createdAt, expiryMinutes), () => {
    if (!paused) void navigate(paths.order.href(identifier, 'expired'), { replace: true });
  });
  const urgent = remaining <= WARN_AT_MS;
  const announcement = useMarkAnnouncement(remaining);
  const timeLeft = formatRemaining(remaining);
  return (
    <>
      <p className={urgent ? 'order-countdown order-countdown-urgent' : 'order-countdown'}>
        {withTags(t`Time left to complete your order: <0>${timeLeft}</0>`, [
          <span role="timer" aria-label={t`Time left to complete your order`} />,
        ])}
        {urgent && remaining > 0 ? (
          <span className="order-countdown-warning">
            {' '}
            {t`Finish soon: the order then expires.`}
          </span>
        ) : null}
      </p>
      {/* No status role: the page's other status lines (the total, a payment's progress) stay the
          only ones, and a live region alone is read out all the same. */}
      <p className="visually-hidden order-countdown-said" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}

const MINUTE = 60_000;
/** From here on the countdown is a warning. */
const WARN_AT_MS = 2 * MINUTE;
/** The moments worth saying out loud, largest first. */
const MARKS_MS = [10 * MINUTE, 5 * MINUTE, WARN_AT_MS, MINUTE];

/** The mark the time left has reached: the smallest one not above it, or null above them all. */
function markReached(remaining: number): number | null {
  let reached: number | null = null;
  for (const mark of MARKS_MS) if (remaining <= mark) reached = mark;
  return reached;
}

/**
 * The sentence for the live region: empty until the time left crosses a mark while the page is
 * open (a page opened with 4 minutes left says nothing until 2), then that mark's sentence.
 */
function useMarkAnnouncement(remaining: number): string {
  const { t } = useLingui();
  const reached = remaining > 0 ? markReached(remaining) : null;
  const [seen, setSeen] = useState(reached);
  // The mark last said (not its sentence, which is made at render in the active language).
  const [said, setSaid] = useState<number | null>(null);
  // Adjusted while rendering (React's pattern for state that follows a prop), not in an effect.
  if (reached !== seen) {
    setSeen(reached);
    if (reached !== null) setSaid(reached);
  }
  if (said === null) return '';
  const minutes = said / MINUTE;
  return said <= WARN_AT_MS
    ? t`${plural(minutes, {
        one: '# minute left to complete your order before it expires.',
        other: '# minutes left to complete your order before it expires.',
      })}`
    : t`${plural(minutes, {
        one: '# minute left to complete your order.',
        other: '# minutes left to complete your order.',
      })}`;
}
