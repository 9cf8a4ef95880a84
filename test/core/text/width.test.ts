import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {displayWidth, fitWidth, truncate, truncateMiddle, wrap} from '../../../source/core/text/width.js';

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

	it('measures every character of the one-column fast path as string-width does, alone, paired and beside ASCII', () => {
		const ranges = [
			[0x20, 0x7e],
			[0xa0, 0xac],
			[0xae, 0x17f],
			[0x2010, 0x2027],
			[0x2030, 0x205e],
			[0x2190, 0x21ff],
			[0x23ce, 0x23ce],
			[0x2500, 0x25fc],
			[0x2713, 0x2713],
		];
		const differ: string[] = [];
		for (const [from, to] of ranges) {
			for (let code = from!; code <= to!; code++) {
				const char = String.fromCodePoint(code);
				for (const text of [char, char + char, `a${char}b`, `${char} …`]) if (displayWidth(text) !== stringWidth(text)) differ.push(text);
			}
		}
		expect(differ).toEqual([]);
		// Just outside it: an emoji among the geometric shapes, a combining accent, a variation selector.
		expect(displayWidth('◽ box')).toBe(6);
		expect(displayWidth('e\u0301…')).toBe(2);
		expect(displayWidth('✓\ufe0f')).toBe(stringWidth('✓\ufe0f'));
	});
});

describe('shortening a name in the middle', () => {
	it('keeps whole words at both ends where they fit, and never exceeds the width', () => {
		expect(truncateMiddle('indianapolis-mayor-announces-partnership-with-the-university', 30)).toBe('indianapolis-mayor…-university');
		expect(truncateMiddle('ice-begins-secure-communities', 23)).toBe('ice-begins…-communities');
		expect(truncateMiddle('short-id', 23)).toBe('short-id');
		for (let width = 1; width <= 30; width++) {
			expect(displayWidth(truncateMiddle('ice-begins-secure-communities', width))).toBeLessThanOrEqual(width);
			expect(displayWidth(truncateMiddle('移民检查计划-secure-communities', width))).toBeLessThanOrEqual(width);
		}
	});
});
