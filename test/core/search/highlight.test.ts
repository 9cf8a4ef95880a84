import {describe, expect, it} from 'vitest';
import {excerpt, paintRanges, segments, wrapRanges} from '../../../source/core/search/highlight.js';
import {locate} from '../../../source/core/search/location.js';
import {createStyle} from '../../../source/core/text/style.js';
import {searchAll, timeline} from './fixture.js';

const highlightOpen = '\u001B[30;43m';
const highlightClose = '\u001B[39;49m';

/** The highlighted pieces of styled lines, with the line each is on. */
function highlightedPieces(lines: string[]): Array<{line: number; text: string}> {
	const pieces: Array<{line: number; text: string}> = [];
	for (const [line, text] of lines.entries()) {
		for (const match of text.matchAll(/\u001B\[30;43m(.*?)\u001B\[39;49m/g)) pieces.push({line, text: match[1]!});
	}
	return pieces;
}

describe('segments and paintRanges', () => {
	it('cut a text into plain and matched parts', () => {
		expect(
			segments('State police join', [
				[0, 5],
				[6, 12],
			]),
		).toEqual([
			{text: 'State', match: true},
			{text: ' ', match: false},
			{text: 'police', match: true},
			{text: ' join', match: false},
		]);
		expect(paintRanges('State police join', [[6, 12]], text => `[${text}]`)).toBe('State [police] join');
	});

	it('ignore ranges outside the text', () => {
		expect(segments('abc', [[1, 9]])).toEqual([
			{text: 'a', match: false},
			{text: 'bc', match: true},
		]);
	});
});

describe('highlights after wrapping', () => {
	it('land on the matched characters, a match split over two lines highlighted on both', () => {
		const style = createStyle('color');
		const [result] = searchAll("'state\\ police");
		const text = 'Then the State police said that the State police would join.';
		const ranges: Array<[number, number]> = [
			[9, 21],
			[36, 48],
		];
		expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['State police', 'State police']);
		const lines = wrapRanges(text, ranges, 14).map(line => paintRanges(line.text, line.ranges, style.highlight));
		const plain = lines.map(line => line.replaceAll(highlightOpen, '').replaceAll(highlightClose, ''));
		expect(plain).toEqual(['Then the State', 'police said', 'that the State', 'police would', 'join.']);
		expect(highlightedPieces(lines)).toEqual([
			{line: 0, text: 'State'},
			{line: 1, text: 'police'},
			{line: 2, text: 'State'},
			{line: 3, text: 'police'},
		]);
		// And the same for a real result, at every width.
		for (let width = 8; width < 60; width++) {
			const painted = wrapRanges(result!.text, result!.ranges, width).map(line => paintRanges(line.text, line.ranges, style.highlight));
			expect(
				highlightedPieces(painted)
					.map(piece => piece.text)
					.join(' '),
			).toBe('State police');
		}
	});
});

describe('excerpt', () => {
	const long = `${'word '.repeat(100)}needle ${'tail '.repeat(100)}`.trim();
	const at = long.indexOf('needle');

	it('keeps the first match in view, cut at spaces, with ranges moved', () => {
		const cut = excerpt(long, [[at, at + 6]], 80);
		expect(cut.text.length).toBeLessThanOrEqual(82);
		expect(cut.text.startsWith('…')).toBe(true);
		expect(cut.text.endsWith('…')).toBe(true);
		expect(cut.ranges.map(([start, end]) => cut.text.slice(start, end))).toEqual(['needle']);
		expect(cut.text).not.toMatch(/…\S*wor…|^…or|^…rd/);
	});

	it('returns a short text whole', () => {
		expect(excerpt('short text', [[0, 5]], 80)).toEqual({text: 'short text', ranges: [[0, 5]]});
	});
});

describe('locate', () => {
	it('says where each result is: event date and headline, or outlet, date, article and paragraph', () => {
		const [event] = searchAll('heffernan patrick');
		expect(locate(event!, timeline)).toEqual({when: 'June 3, 2011', title: 'Letter: the governor will not sign', paragraph: '', eventId: 'letter'});
		const [passage] = searchAll('zeppelin');
		expect(locate(passage!, timeline)).toEqual({when: 'Daily Ledger, June 6, 2011', title: 'A very long article', paragraph: '¶ 61', eventId: 'letter'});
	});
});
