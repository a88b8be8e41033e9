import { QueryClient } from '@tanstack/react-query';

/**
 * The page's one TanStack Query cache (model lists, the rest of the Responses API). Shared here
 * rather than provided at the root so that react-query loads with the parts that read through it
 * (the model picker, the Responses-API panels), after the first paint: they pass it to `useQuery`
 * or sit under a `QueryClientProvider` with it.
 */
export const queryClient = new QueryClient();
