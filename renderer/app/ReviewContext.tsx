// React access to the review service (the register's reviews and the report of one project).
import { createContext, useContext, type ReactNode } from 'react';
import type { ReviewService } from '../services/review/createReviewService.ts';

const ReviewContext = createContext<ReviewService | null>(null);

export function ReviewProvider({ service, children }: { service: ReviewService; children: ReactNode }) {
  return <ReviewContext.Provider value={service}>{children}</ReviewContext.Provider>;
}

/** The review service, or null outside a provider (a harness without one shows no report button). */
export function useReviews(): ReviewService | null {
  return useContext(ReviewContext);
}
