import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messageNodes } from '../../../renderer/i18n/messageNodes.tsx';

const params = {
  plan: 'pkg-industry',
  department: <span data-user-text="">发展改革委</span>,
  version: <span data-user-text="">v2</span>,
  sequence: 3,
  author: <span data-user-text="">张工</span>,
  createdAt: '2026-12-05T01:00:00Z',
  edits: 1,
};

describe('messageNodes', () => {
  it('puts user data in its own nodes, in the sentence of the chosen language', () => {
    expect(renderToStaticMarkup(<p>{messageNodes('zh', 'submissionSummary', params)}</p>)).toBe(
      '<p>规划 pkg-industry（<span data-user-text="">发展改革委</span>，<span data-user-text="">v2</span>），第 3 号，报送人 ' +
        '<span data-user-text="">张工</span>，2026-12-05T01:00:00Z，编辑 1 条</p>',
    );
    expect(renderToStaticMarkup(<p>{messageNodes('en', 'submissionSummary', params)}</p>)).toBe(
      '<p>plan pkg-industry (<span data-user-text="">发展改革委</span>, <span data-user-text="">v2</span>), no. 3, by ' +
        '<span data-user-text="">张工</span>, 2026-12-05T01:00:00Z, 1 edit</p>',
    );
    expect(renderToStaticMarkup(<p>{messageNodes('en', 'submissionSummary', { ...params, edits: 2 })}</p>)).toMatch(/, 2 edits<\/p>$/);
  });

  it('keeps a placeholder with no value visible rather than inventing one', () => {
    expect(renderToStaticMarkup(<p>{messageNodes('en', 'submitPlanNoSuchPlan', {})}</p>)).toBe('<p>The workspace has no plan {plan}</p>');
  });
});
