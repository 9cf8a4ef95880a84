import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {chromeRows, computeLayout, minColumns, minRows} from '../../../source/core/screen/layout.js';

describe('computeLayout', () => {
	it('puts the panes side by side at 80×24 and 120×40, leaving the last row free', () => {
		for (const [columns, rows] of [
			[80, 24],
			[120, 40],
		] as const) {
			const layout = computeLayout(columns, rows);
			if (layout.kind !== 'panes') throw new Error('expected panes');
			expect(layout.arrangement).toBe('side');
			expect(layout.frameHeight).toBe(rows - 1);
			expect(layout.timeline.width + 1 + layout.article.width).toBe(columns);
			expect(layout.article.width).toBeGreaterThan(layout.timeline.width);
		}
	});

	it('shows one pane at a time at 40×12 and stacks them when a narrow terminal is tall', () => {
		const small = computeLayout(40, 12);
		expect(small.kind === 'panes' && small.arrangement).toBe('single');
		const tall = computeLayout(50, 40);
		if (tall.kind !== 'panes') throw new Error('expected panes');
		expect(tall.arrangement).toBe('stacked');
		expect(tall.timeline.height + 1 + tall.article.height).toBe(tall.body.height);
	});

	it('says "too small" below the minimum, and not at it', () => {
		expect(computeLayout(minColumns - 1, 24).kind).toBe('too-small');
		expect(computeLayout(80, minRows - 1).kind).toBe('too-small');
		expect(computeLayout(20, 6).kind).toBe('too-small');
		expect(computeLayout(minColumns, minRows).kind).toBe('panes');
	});

	it('never makes a frame taller than rows − 1 or a pane wider than the terminal', () => {
		fc.assert(
			fc.property(fc.integer({min: 1, max: 400}), fc.integer({min: 1, max: 200}), (columns, rows) => {
				const layout = computeLayout(columns, rows);
				expect(layout.frameHeight).toBeLessThanOrEqual(Math.max(0, rows - 1));
				if (layout.kind === 'panes') {
					expect(layout.body.height + chromeRows + layout.ruler).toBe(layout.frameHeight);
					expect(layout.timeline.width).toBeLessThanOrEqual(columns);
					expect(layout.article.width).toBeLessThanOrEqual(columns);
					expect(layout.timeline.height).toBeGreaterThan(0);
					expect(layout.article.height).toBeGreaterThan(0);
				}
			}),
		);
	});
});
