import {describe, expect, it} from 'vitest';
import {chooseLayout, renderComparison, sideBySideMinWidth} from '../../../source/core/compare/render.js';
import {buildComparison} from '../../../source/core/compare/model.js';
import {articlesOf, defaultSelection} from '../../../source/core/compare/select.js';
import {mark, paintSegments} from '../../../source/core/compare/change-marks.js';
import {validateTimeline} from '../../../source/core/load/load-timeline.js';
import {sanitizeDeep} from '../../../source/core/text/sanitize.js';
import {displayWidth} from '../../../source/core/text/width.js';
import {stripVTControlCharacters} from 'node:util';
import {bundled, color, decision, mono, plain} from './fixtures.js';

const {timeline} = bundled;
const comparison = buildComparison(timeline, defaultSelection(timeline));
/** Lines joined back into running text, so wrapped sentences can be searched. */
const prose = (lines: string[]) => lines.map(line => line.trim()).join(' ');

describe('chooseLayout', () => {
	it('puts the texts side by side from 100 columns, one above the other below', () => {
		expect(sideBySideMinWidth).toBe(100);
		expect(chooseLayout(80)).toBe('unified');
		expect(chooseLayout(99)).toBe('unified');
		expect(chooseLayout(100)).toBe('side-by-side');
		expect(chooseLayout(160)).toBe('side-by-side');
	});
});

describe('marks', () => {
	it("are git's --word-diff=plain markers without colour, colour alone with it", () => {
		expect(mark('gone', 'removed', plain)).toBe('[-gone-]');
		expect(mark('new', 'added', plain)).toBe('{+new+}');
		expect(mark('gone', 'removed', color)).toBe('\u001B[31;9mgone\u001B[39;29m');
		expect(stripVTControlCharacters(mark('new', 'added', mono))).toBe('{+new+}');
		expect(mark('new', 'added', mono)).toContain('\u001B[1m');
	});

	it('keep the space around a changed run outside its marks', () => {
		expect(
			paintSegments(
				[
					{kind: 'same', text: 'a'},
					{kind: 'added', text: ' b '},
					{kind: 'same', text: 'c'},
				],
				plain,
			),
		).toBe('a {+b+} c');
	});
});

describe('renderComparison, unified (80 columns)', () => {
	const {lines, anchors} = renderComparison(comparison, {width: 80, style: plain});

	it('opens with both statements, their dates, where the state stood, and how changes are marked', () => {
		expect(lines[0]).toBe('2010 → 2011  4 topics: 2 reworded, 2 replaced.');
		expect(lines).toContain("2010  Heffernan's statement on joining Secure Communities");
		expect(lines).toContain('      Mary Beth Heffernan, Public Safety Secretary · June 3, 2011');
		expect(lines).toContain('Stance: joining → refusing');
		expect(lines).toContain('Key: [-only in 2010-], {+only in 2011+}');
	});

	it("shows every topic under its heading with the change line, the marked text, and each side's date and citation", () => {
		expect(anchors.map(at => lines[at]?.replace(/ ─+$/, ''))).toEqual(comparison.rows.map(row => `── ${row.heading}`));
		const decisionAt = anchors[0]!;
		const section = lines.slice(decisionAt, anchors[1]);
		expect(section[1]).toBe('Reworded: 4 words kept, 13 removed, 13 added.');
		expect(prose(section)).toContain(decision.unified);
		expect(section).toContain('2010 · by December 17, 2010');
		expect(section).toContain('2011 · June 3, 2011');
		expect(prose(section)).toContain('— WBUR, “Mass. Police To Join Immigration Checks Program”, December 17, 2010, paragraph 2');
		expect(prose(section)).toContain("— WBUR, “Mass. Won't Join Immigration Check Program”, June 6, 2011, paragraph 2");
	});

	it('marks a replaced claim as a whole: the 2010 text removed, then the 2011 text added', () => {
		const reasons = comparison.rows.findIndex(row => row.key === 'reasons');
		const text = prose(lines.slice(anchors[reasons], anchors[reasons + 1]));
		const row = comparison.rows[reasons]!;
		expect(text).toContain(`[-${row.before?.text}-]`);
		expect(text).toContain(`{+${row.after?.text}+}`);
		expect(text.indexOf('[-')).toBeLessThan(text.indexOf('{+'));
	});

	it('fits the width at word boundaries and holds no escape byte', () => {
		for (const width of [40, 60, 80]) {
			const rendered = renderComparison(comparison, {width, style: plain}).lines;
			for (const line of rendered) expect(displayWidth(line)).toBeLessThanOrEqual(width);
			expect(rendered.join('\n')).not.toContain('\u001B');
			// Wrapping never splits a word of the claim text: every word of it is on some line whole.
			expect(prose(rendered)).toContain(decision.unified);
		}
	});
});

describe('renderComparison, side by side (160 columns)', () => {
	const {lines, anchors} = renderComparison(comparison, {width: 160, style: plain});
	// The heading, the change line, the two columns, then a blank line before the next topic.
	const section = lines.slice(anchors[0], anchors[1]! - 1);
	const columns = section.slice(2);
	const left = columns.map(line => line.split(' │')[0] ?? '');
	const right = columns.map(line => line.split(' │')[1]?.slice(1) ?? '');

	it('shows the 2010 claim in the left column, the 2011 claim in the right, each with its date and citation', () => {
		expect(columns.every(line => line.includes(' │'))).toBe(true);
		expect(left[0]?.trim()).toBe('2010 · by December 17, 2010');
		expect(right[0]).toBe('2011 · June 3, 2011');
		expect(prose(left)).toContain('[-The-] state [-will formally-] join [-a program called-] Secure Communities [-after months of deliberating by state officials-].');
		expect(prose(right)).toContain("{+Patrick won't sign any memorandum of understanding for the+} state {+to+} join {+the federal+} Secure Communities {+program+}.");
		expect(prose(left)).toMatch(/— WBUR, “Mass\. Police To Join Immigration Checks Program”, December 17, 2010, paragraph 2/);
		expect(prose(left)).not.toContain('{+');
		expect(prose(right)).not.toContain('[-');
	});

	it('keeps the gutter in one column on every line and fits the width, in colour too', () => {
		const gutterAt = (line: string) => displayWidth(line.slice(0, line.indexOf(' │')));
		for (const line of columns) expect(gutterAt(line)).toBe(78);
		const colored = renderComparison(comparison, {width: 160, style: color}).lines;
		for (const line of colored) expect(displayWidth(line)).toBeLessThanOrEqual(160);
		expect(colored.join('\n')).not.toContain('[-');
		for (const line of colored.slice(anchors[0]! + 2, anchors[1]! - 1)) expect(gutterAt(stripVTControlCharacters(line))).toBe(78);
	});

	it('can be asked for unified at any width', () => {
		const unified = renderComparison(comparison, {width: 160, style: plain, layout: 'unified'}).lines;
		expect(unified.join('\n')).not.toContain(' │ ');
		expect(prose(unified)).toContain(decision.unified);
	});
});

describe('renderComparison: display width and the full text', () => {
	it('fits every width from 1 column, in both layouts, for claims and articles', () => {
		const articles = buildComparison(timeline, articlesOf(timeline, defaultSelection(timeline))!);
		for (const item of [comparison, articles]) {
			for (const width of [1, 2, 3, 5, 8, 13, 20, 30, 47, 60, 79, 99, 100, 131]) {
				for (const layout of ['unified', 'side-by-side'] as const) {
					for (const line of renderComparison(item, {width, style: color, layout}).lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
				}
			}
		}
	});

	it('wraps wide characters by their display width', () => {
		const wide = sanitizeDeep(
			validateTimeline(
				{
					format: 'sc-timeline/1',
					title: 'T',
					events: [],
					sources: [{id: 's', outlet: 'O', headline: 'H', published: '2011-01-01', paragraphs: ['東京都の計画は変更された。', '大阪']}],
					topics: [{id: 't', label: '話題'}],
					statements: [
						{
							id: 'a',
							title: '前',
							date: {value: '2010', precision: 'year'},
							claims: [{topic: 't', text: '東京都 の 計画 は 変更 された 東京都 の 計画', citations: [{source: 's', paragraph: 1, quote: '東京都'}]}],
						},
						{
							id: 'b',
							title: '後',
							date: {value: '2011', precision: 'year'},
							claims: [{topic: 't', text: '東京都 の 計画 は 中止 された 東京都 の 計画', citations: [{source: 's', paragraph: 1, quote: '計画'}]}],
						},
					],
				},
				'test',
			).timeline,
		);
		for (const width of [20, 30, 110]) {
			const lines = renderComparison(buildComparison(wide, defaultSelection(wide)), {width, style: plain}).lines;
			for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
			expect(lines.join('\n')).toContain('[-変更-]');
		}
	});

	it('compares the two articles paragraph by paragraph, pairs first in reading order', () => {
		const articles = buildComparison(timeline, articlesOf(timeline, defaultSelection(timeline))!);
		const {lines} = renderComparison(articles, {width: 80, style: plain});
		expect(lines[0]).toBe('2010 → 2011  13 and 15 paragraphs, 4 pairs by shared words: 4 reworded, 9 only');
		const headings = lines.filter(line => line.startsWith('── ')).map(line => line.replace(/ ─+$/, ''));
		expect(headings[0]).toBe('── Paragraph 1 ↔ 1');
		expect(headings).toContain('── Paragraph 13 ↔ 15');
		expect(headings).toContain('── Paragraph 3 (2010 only)');
		expect(prose(lines)).toContain('This program aired on [-December 17-]{+June 6+}, [-2010-]{+2011+}.');
	});
});
