// "Time left to complete your order": created-at + order-expiry-time; at zero, the expired page.
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { usePublicSettings } from '@/lib/settings';
import { formatRemaining, orderExpiresAt, useCountdown } from '../use-countdown';

interface OrderCountdownProps {
  identifier: string;
  createdAt: string;
  /** While a charge is out, leaving would lose its answer: expiry waits for it. */
  paused?: boolean;
}

export function OrderCountdown(props: OrderCountdownProps) {
  const settings = usePublicSettings();
  if (!settings.data) {
    // The same line without the time yet (or if the settings cannot be read), so the page below
    // does not move when it arrives.
    return <p className="order-countdown">Time left to complete your order: …</p>;
  }
  return <Countdown {...props} expiryMinutes={settings.data.orderExpiryMinutes} />;
}

function Countdown({
  identifier,
  createdAt,
  paused = false,
  expiryMinutes,
}: OrderCountdownProps & { expiryMinutes: number }) {
  const navigate = useNavigate();
  const remaining = useCountdown(orderExpiresAt(createdAt, expiryMinutes), () => {
    if (!paused) void navigate(paths.order.href(identifier, 'expired'), { replace: true });
  });
  const urgent = remaining < 60_000;
  return (
    <p className={urgent ? 'order-countdown order-countdown-urgent' : 'order-countdown'}>
      Time left to complete your order:{' '}
      <span role="timer" aria-label="Time left to complete your order">
        {formatRemaining(remaining)}
      </span>
    </p>
  );
}
