// React access to the checks service (run all, cancel, subtract the other feature's footprint).
import { createContext, useContext, type ReactNode } from 'react';
import type { ChecksService } from '../services/checks/createChecksService.ts';

const ChecksContext = createContext<ChecksService | null>(null);

export function ChecksProvider({ service, children }: { service: ChecksService; children: ReactNode }) {
  return <ChecksContext.Provider value={service}>{children}</ChecksContext.Provider>;
}

export function useChecks(): ChecksService {
  const service = useContext(ChecksContext);
  if (!service) throw new Error('useChecks outside ChecksProvider');
  return service;
}
