// The demo's catalogs (its bar, the test cards, the simulated Stripe pages), for mock mode only:
// src/main.tsx imports this module in mock mode, so a real build carries none of their texts
// (scripts/check-build.mjs looks for them).
import type { Messages } from '@lingui/core';

export const demoCatalogs = import.meta.glob<{ messages: Messages }>('../../locales/demo/*.po');
