import {describe, expect, it} from 'vitest';
import {displayWidth, fitWidth, truncate, wrap} from '../../source/core/width.js';

describe('text by display width', () => {
	it('never lets a cut inside a double-width character overshoot the width', () => {
		for (let width = 1; width <= 8; width++) {
			expect(displayWidth(truncate('移民局の記録', width))).toBeLessThanOrEqual(width);
			expect(displayWidth(truncate('👩‍👩‍👧 family 🇺🇸 flag', width))).toBeLessThanOrEqual(width);
		}
		expect(truncate('移民局の記録', 4)).toBe('移…');
	});

	it('pads to exactly the width, and wraps at word boundaries', () => {
		expect(displayWidth(fitWidth('移民局', 5))).toBe(5);
		expect(displayWidth(fitWidth('移民局の記録', 5))).toBe(5);
		expect(wrap('Secure Communities has drawn fire', 12)).toEqual(['Secure', 'Communities', 'has drawn', 'fire']);
	});
});
