// The time an unpaid order has left: created-at + the platform's order-expiry-time, ticking each second.
import { useEffect, useRef, useState } from 'react';

export function orderExpiresAt(createdAt: string, expiryMinutes: number): number {
  const created = Date.parse(createdAt);
  return Number.isNaN(created) ? Number.NaN : created + expiryMinutes * 60_000;
}

/** "14:05" for 845 000 ms; never negative. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Milliseconds left until `expiresAt`; calls `onExpire` once when it reaches zero. */
export function useCountdown(expiresAt: number, onExpire: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  const expired = useRef(false);
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  });
  useEffect(() => {
    if (Number.isNaN(expiresAt)) return;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      if (current >= expiresAt && !expired.current) {
        expired.current = true;
        onExpireRef.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);
  return Number.isNaN(expiresAt) ? Number.POSITIVE_INFINITY : expiresAt - now;
}
