import {describe, expect, it} from 'vitest';
import {stripVTControlCharacters} from 'node:util';
import fc from 'fast-check';
import {createStyle} from '../../../source/core/text/style.js';
import {fcParameters} from '../../hardening/support.js';
import stringWidth from 'string-width';
import {displayWidth, fitWidth, lineBreaks, truncate, truncateMiddle, wrap} from '../../../source/core/text/width.js';
import {loadTimeline} from '../../../source/core/load/load-timeline.js';

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

	it('measures every character of the one- and two-column fast paths as string-width does, alone, paired and beside others', () => {
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
		const wide = [
			[0x3001, 0x3029],
			[0x3030, 0x303e],
			[0x3041, 0x3096],
			[0x30a1, 0x30fa],
			[0x4e00, 0x9fff],
			[0xff01, 0xff60],
			[0xac00, 0xd7a3],
		];
		for (const [from, to] of wide) {
			for (let code = from!; code <= to!; code++) {
				const char = String.fromCodePoint(code);
				for (const text of [char, char + char, `${char}。`]) if (displayWidth(text) !== stringWidth(text)) differ.push(text);
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

describe('wrapping by the Unicode line-breaking rules', () => {
	const closing = /^[。，、．！？：；」』）】〉》〕…]/u;

	it('never starts a line of Chinese or Japanese with closing punctuation', () => {
		const text = '这是一个测试。第二句话，包含逗号，以及「引号」文字。東京都の計画は、変更された。';
		for (let width = 4; width <= 30; width++) {
			const lines = wrap(text, width);
			for (const line of lines) {
				expect(displayWidth(line)).toBeLessThanOrEqual(width);
				expect(line).not.toMatch(closing);
			}
			expect(lines.join('')).toBe(text);
		}
	});

	it('breaks an id after its hyphens, never inside a word', () => {
		expect(wrap('Id ice-begins-secure-communities', 20)).toEqual(['Id ice-begins-', 'secure-communities']);
		expect(wrap('ice-begins-secure-communities', 22)).toEqual(['ice-begins-secure-', 'communities']);
	});

	it('breaks a URL after a slash, never inside a word, and keeps change markers whole', () => {
		expect(wrap('Photo: https://example.com/path/to/page?x=1 credit', 20)).toEqual(['Photo: https://', 'example.com/path/to/', 'page?x=1 credit']);
		for (const line of wrap('the state [-will formally-]{+to+} join [-a program called-]{+the federal+} program', 18)) {
			expect(line).not.toMatch(/^[-+\]}]|[[{]-?$|\[-$|\{\+$/);
		}
	});

	it('keeps every character and fits the width on mixed text, styled or not', () => {
		// From 6 columns, wide enough for `号」，`, which cannot be broken without starting a line with `」` or `，`.
		const words = ['Secure', 'Communities', 'ice-begins-secure-communities', 'https://www.wbur.org/news/2011/06/06/secure-communities', '移民检查计划。', '「引号」，', 'state', '—', '2010-12-17'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 12}), fc.integer({min: 6, max: 60}), fc.boolean(), (picked, width, styled) => {
				const text = picked.map((word, index) => (styled && index % 3 === 0 ? createStyle('color').highlight(word) : word)).join(' ');
				const lines = wrap(text, width);
				for (const line of lines) {
					expect(displayWidth(line)).toBeLessThanOrEqual(width);
					expect(stripVTControlCharacters(line)).not.toMatch(closing);
				}
				expect(stripVTControlCharacters(lines.join('')).replace(/ /g, '')).toBe(stripVTControlCharacters(text).replace(/ /g, ''));
			}),
			fcParameters(300),
		);
	});
});

describe('Latin text without the Unicode tables', () => {
	it('breaks every text of the bundled story where the Unicode rules do', () => {
		const {timeline} = loadTimeline();
		const texts = [
			...timeline.sources.flatMap(source => [source.headline, ...source.paragraphs]),
			...timeline.events.flatMap(event => [event.headline, event.summary, event.id]),
			'see https://example.com/path/to/page?x=1 now, and/or (this) “that” — 2010-12-17 ice-begins-secure-communities: a - b; c / d!',
		];
		let latin = 0;
		for (const text of texts) {
			if (!/^[\u0020-\u007E\u00C0-\u00FF\u2018\u2019\u201C\u201D]*$/.test(text)) continue;
			latin++;
			expect(
				lineBreaks(text).map(found => found.position),
				text,
			).toEqual(lineBreaks(text, 0, 'unicode').map(found => found.position));
		}
		expect(latin).toBeGreaterThan(40);
	});
});
