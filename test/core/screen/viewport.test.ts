import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {clamp, clampTop, keepVisible, maxTop, pageSize, positionLabel, scrollBy, visibleRange} from '../../../source/core/screen/viewport.js';

describe('viewport', () => {
	it('clamps, and prefers the minimum when the range is empty', () => {
		expect(clamp(5, 0, 3)).toBe(3);
		expect(clamp(-1, 0, 3)).toBe(0);
		expect(clamp(2, 0, -1)).toBe(0);
	});

	it('never scrolls past the last full page', () => {
		expect(maxTop(100, 20)).toBe(80);
		expect(maxTop(10, 20)).toBe(0);
		expect(clampTop(95, 100, 20)).toBe(80);
		expect(clampTop(-3, 100, 20)).toBe(0);
	});

	it('leaves the window alone while the target is visible, and moves it as little as possible otherwise', () => {
		expect(keepVisible(10, 15, 10, 100)).toBe(10);
		expect(keepVisible(10, 20, 10, 100)).toBe(11);
		expect(keepVisible(10, 5, 10, 100)).toBe(5);
		expect(keepVisible(0, 99, 10, 100)).toBe(90);
	});

	it('keeps a margin of context around the target when there is room', () => {
		expect(keepVisible(0, 9, 10, 100, 2)).toBe(2);
		expect(keepVisible(20, 20, 10, 100, 2)).toBe(18);
	});

	it('always shows the target: any top, target, height, total', () => {
		fc.assert(
			fc.property(fc.integer({min: 1, max: 500}), fc.integer({min: 1, max: 60}), fc.integer({min: -50, max: 600}), fc.nat(), fc.nat({max: 5}), (total, height, top, seed, margin) => {
				const target = seed % total;
				const next = keepVisible(top, target, height, total, margin);
				const {from, to} = visibleRange(next, height, total);
				expect(target).toBeGreaterThanOrEqual(from);
				expect(target).toBeLessThan(to);
				expect(next).toBeLessThanOrEqual(maxTop(total, height));
			}),
		);
	});

	it('shows the lines a window holds, no more than exist', () => {
		expect(visibleRange(5, 10, 100)).toEqual({from: 5, to: 15});
		expect(visibleRange(95, 10, 100)).toEqual({from: 90, to: 100});
		expect(visibleRange(0, 10, 3)).toEqual({from: 0, to: 3});
	});

	it('scrolls by lines and pages, stopping at both ends, a page overlapping by one line as in less', () => {
		expect(scrollBy(0, -1, 100, 10)).toBe(0);
		expect(scrollBy(89, 5, 100, 10)).toBe(90);
		expect(pageSize(10)).toBe(9);
		expect(pageSize(1)).toBe(1);
	});

	it('labels the position as lines shown, total and percent, or "all" when everything fits', () => {
		expect(positionLabel(0, 10, 5)).toBe('all');
		expect(positionLabel(0, 10, 40)).toBe('1-10/40 25%');
		expect(positionLabel(30, 10, 40)).toBe('31-40/40 100%');
	});
});
