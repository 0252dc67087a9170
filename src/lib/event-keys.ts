// The query keys of an organizer's events, shared by My events (src/features/my-events) and the
// wizard (src/features/event-wizard), which refreshes the lists after every save.
export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  ownedBy: (userId: string) => [...eventKeys.lists(), 'owned-by', userId] as const,
  detail: (id: string) => [...eventKeys.all, 'detail', id] as const,
  tickets: (id: string) => [...eventKeys.detail(id), 'tickets'] as const,
};
