// After a charge whose outcome we do not know: the order is read again before paying again is
// offered, and after a timeout it is watched for a while first, because a held charge can still
// complete on the server after the client gave up (docs/reliability.md).
import { useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { orderQueryOptions, type Order } from '../api/get-order';
import { TIMEOUT_WATCH_INTERVAL_MS, type TokenVerdict } from '../token-charge';

/** True until `until` (a timestamp), re-rendering when that time comes. Remount for a new one. */
function useUntil(until: number): boolean {
  const [before, setBefore] = useState(() => Date.now() < until);
  useEffect(() => {
    const remaining = until - Date.now();
    if (remaining <= 0) return;
    const timer = setTimeout(() => setBefore(false), remaining);
    return () => clearTimeout(timer);
  }, [until]);
  return before;
}

export function Unconfirmed({
  order,
  verdict,
  onPayable,
}: {
  order: Order;
  verdict: Extract<TokenVerdict, { kind: 'unconfirmed' }>;
  /**
   * Told `verdict.at` once the order is known to be still open and unpaid, and null while it is
   * not: the page shows its way to pay again only then (kept mounted, hidden, meanwhile).
   */
  onPayable: (at: number | null) => void;
}) {
  const { t } = useLingui();
  const watching = useUntil(verdict.watchUntil);
  // The page follows the order's status: a completed or expired order moves it to its own page.
  const query = useQuery({
    ...orderQueryOptions(order.identifier),
    refetchInterval: watching ? TIMEOUT_WATCH_INTERVAL_MS : false,
    // The verdict came with a fresh read; mounting needs no second one.
    refetchOnMount: false,
  });
  const readSince =
    query.dataUpdatedAt >= verdict.at && query.errorUpdatedAt <= query.dataUpdatedAt;
  const open = readSince && query.data?.status === 'pending';

  let body: ReactNode;
  if (watching) {
    body = (
      <p role="status">
        {t`Your payment is not confirmed yet, and it may still go through. We are checking your order every few seconds: do not pay again until we know.`}
      </p>
    );
  } else if (query.isFetching) {
    body = <p role="status">{t`Checking your order's status…`}</p>;
  } else if (!open) {
    body = (
      <>
        <p>
          {t`We could not check your order either. Do not pay again until we know whether the first payment went through.`}
        </p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t`Check the payment status again`}
        </button>
      </>
    );
  } else {
    body = (
      <p>{t`Your order is still open and has not been paid. You can try to pay again below.`}</p>
    );
  }
  const payable = open && !watching && !query.isFetching;
  useEffect(() => {
    onPayable(payable ? verdict.at : null);
  }, [payable, verdict.at, onPayable]);
  return (
    <div className="notice notice-error" role="alert">
      <h2>{t`We could not confirm your payment`}</h2>
      <p>{verdict.message}</p>
      {body}
    </div>
  );
}
