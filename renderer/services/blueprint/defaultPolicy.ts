// The precedence policy the proposals and the export follow: the bureau's default
// (seeds/rules/policy-default.json, schemas/policy.schema.json), bundled with the app. Loaded in this service
// because components may not import seeds/ (tests/architecture); they take the policy from here.
import policyJson from '../../../seeds/rules/policy-default.json' with { type: 'json' };
import type { Policy } from '../../../engine/resolutions/index.ts';

export const DEFAULT_POLICY = policyJson as unknown as Policy;
