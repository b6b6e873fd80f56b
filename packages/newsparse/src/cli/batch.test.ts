import { describe, expect, it } from 'vitest';
import { setsInterruptBudget } from './batch.js';

describe('setsInterruptBudget', () => {
  it('sees a budget given to node, in either spelling or inside NODE_OPTIONS', () => {
    expect(setsInterruptBudget(['--interrupt-budget=1000'])).toBe(true);
    expect(setsInterruptBudget(['--interrupt_budget=20'])).toBe(true);
    expect(setsInterruptBudget(['--max-old-space-size=900 --interrupt-budget=5000'])).toBe(true);
  });

  it('leaves the budget to the CLI when node was given none, or only a look-alike flag', () => {
    expect(setsInterruptBudget([])).toBe(false);
    expect(setsInterruptBudget(['--max-semi-space-size=16', ''])).toBe(false);
    expect(setsInterruptBudget(['--interrupt-budget-for-feedback-allocation=940'])).toBe(false);
  });
});
