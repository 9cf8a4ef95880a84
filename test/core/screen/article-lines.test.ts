import {describe, expect, it} from 'vitest';
import {stripVTControlCharacters as strip} from 'node:util';
import {anchorAt, citationBar, layoutArticle, lineAt, linesOf, paintArticle, scrollTopFor, textWidth, type ArticleContent} from '../../../source/core/screen/article-lines.js';
import {eventArticle} from '../../../source/core/screen/article-content.js';
import {createStyle, type Style} from '../../../source/core/text/style.js';
import type {HighlightRange} from '../../../source/core/screen/article-lines.js';
import {displayWidth} from '../../../source/core/text/width.js';
import {makeTimeline, paragraphText} from '../../helpers/explorer-fixture.js';

/** The whole article as styled lines and the line of the cited passage, as the pane paints it all at once. */
function buildArticle(content: ArticleContent, options: {width: number; style: Style; cited?: readonly HighlightRange[]; extra?: readonly HighlightRange[]}) {
	const layout = layoutArticle(content, options.width);
	const cited = options.cited ?? [];
	const first = cited[0];
	return {lines: paintArticle(layout, 0, layout.lines.length, {cited, extra: options.extra}, options.style), citedLine: first === undefined ? undefined : linesOf(layout, first).first};
}

const mono = createStyle('mono');
const color = createStyle('color');
const paragraphs = Array.from({length: 6}, (_, index) => paragraphText('alpha', index));
const content: ArticleContent = {title: 'Police To Join Checks Program', meta: 'WBUR · December 17, 2010', paragraphs};

describe('layoutArticle', () => {
	it('wraps every line to the pane, gutter included, and keeps every word', () => {
		for (const width of [20, 47, 71]) {
			const built = buildArticle(content, {width, style: mono});
			for (const line of built.lines) expect(displayWidth(line)).toBeLessThanOrEqual(width - 1);
			const words = built.lines
				.map(line => strip(line).trim())
				.join(' ')
				.split(/\s+/)
				.filter(Boolean);
			for (const paragraph of paragraphs) for (const word of paragraph.split(' ')) expect(words).toContain(word);
		}
	});

	it('leaves two columns for the citation bar and one spare at the right', () => {
		expect(textWidth(40)).toBe(37);
		expect(textWidth(2)).toBe(1);
	});

	it('heads the text with the title and the meta line, then a blank line before each paragraph', () => {
		const {lines} = layoutArticle(content, 80);
		expect(lines[0]).toMatchObject({kind: 'title', text: content.title});
		expect(lines[1]).toMatchObject({kind: 'meta', text: content.meta});
		expect(lines[2]?.kind).toBe('blank');
	});

	it('says where each paragraph starts, so a caller can scroll to paragraph N', () => {
		const layout = layoutArticle(content, 40);
		expect(layout.paragraphStart).toHaveLength(paragraphs.length);
		for (const [index, start] of layout.paragraphStart.entries()) {
			expect(layout.lines[start]).toMatchObject({paragraph: index, offset: 0});
			expect(layout.lines[start - 1]?.kind).toBe('blank');
		}
	});

	it('records where each line starts in its paragraph, so a range maps to lines', () => {
		const layout = layoutArticle(content, 30);
		for (const line of layout.lines) {
			if (line.kind !== 'text') continue;
			expect(paragraphs[line.paragraph]?.slice(line.offset, line.offset + line.text.length)).toBe(line.text);
		}
	});

	it('wraps once per content and width: the same layout object comes back', () => {
		expect(layoutArticle(content, 50)).toBe(layoutArticle(content, 50));
		expect(layoutArticle(content, 51)).not.toBe(layoutArticle(content, 50));
	});

	it('measures CJK text by display width', () => {
		const wide: ArticleContent = {title: '移民检查计划', meta: '', paragraphs: ['移民检查计划'.repeat(8)]};
		for (const line of buildArticle(wide, {width: 20, style: mono}).lines) expect(displayWidth(line)).toBeLessThanOrEqual(19);
	});
});

describe('marking passages', () => {
	const quote = 'Quote alpha-p4 is here';
	const start = paragraphs[3]?.indexOf(quote) ?? -1;
	const cited = [{paragraph: 3, start, end: start + quote.length}];

	it('highlights the cited words and puts the citation bar beside their lines, and only theirs', () => {
		const {lines, citedLine} = buildArticle(content, {width: 40, style: mono, cited});
		const marked = lines.map((line, index) => ({index, text: strip(line)})).filter(line => line.text.startsWith(citationBar));
		expect(marked.length).toBeGreaterThan(0);
		expect(marked[0]?.index).toBe(citedLine);
		expect(marked.map(line => line.text.slice(2)).join(' ')).toContain(quote);
		// Bold + underline in mono, so it shows without colour.
		expect(lines[citedLine ?? -1]).toContain('\u001B[1m');
		expect(lines[citedLine ?? -1]).toContain('\u001B[4m');
	});

	it('paints extra ranges (search matches) in reverse video, alongside the citation', () => {
		const extra = [{paragraph: 0, start: 4, end: 11}];
		const {lines} = buildArticle(content, {width: 60, style: color, cited, extra});
		const first = lines.find(line => strip(line).includes('program'));
		expect(first).toContain('\u001B[7mprogram\u001B[27m');
		expect(lines.some(line => line.includes('\u001B[30;43m'))).toBe(true);
	});

	it('paints only the lines asked for', () => {
		const layout = layoutArticle(content, 40);
		expect(paintArticle(layout, 5, 9, {cited}, mono)).toHaveLength(4);
	});

	it('opens at the top when the passage shows there, else with one line of context above it', () => {
		const layout = layoutArticle(content, 40);
		const {first} = linesOf(layout, cited[0]!);
		expect(scrollTopFor(layout, cited[0], 200)).toBe(0);
		expect(scrollTopFor(layout, cited[0], 5)).toBe(first - 1);
		expect(scrollTopFor(layout, undefined, 5)).toBe(0);
	});

	it('finds the same place again after a re-wrap', () => {
		const narrow = layoutArticle(content, 30);
		const wide = layoutArticle(content, 70);
		const top = narrow.paragraphStart[4]! + 2;
		const anchor = anchorAt(narrow, top);
		const line = wide.lines[lineAt(wide, anchor.paragraph, anchor.offset)];
		expect(line?.paragraph).toBe(4);
		expect(line!.offset).toBeLessThanOrEqual(anchor.offset);
		expect(line!.offset + line!.text.length).toBeGreaterThanOrEqual(anchor.offset);
	});
});

describe('eventArticle', () => {
	const timeline = makeTimeline({events: 12, paragraphs: 10});

	it('shows the source of the first citation with the quoted words as the cited range', () => {
		const event = timeline.events.find(item => item.citations.length > 0)!;
		const {source, cited, content: shown} = eventArticle(timeline, event);
		const citation = event.citations[0]!;
		expect(source?.id).toBe(citation.source);
		expect(shown.title).toBe(source?.headline);
		expect(shown.meta).toBe(`WBUR · ${citation.source === 'alpha' ? 'December 17, 2010' : 'June 6, 2011'}`);
		const range = cited[0]!;
		expect(shown.paragraphs[range.paragraph]?.slice(range.start, range.end)).toBe(citation.quote);
	});

	it("shows an event's own text when it has no source", () => {
		const event = timeline.events.find(item => item.headline === 'Event with its own text')!;
		const {source, cited, content: shown} = eventArticle(timeline, event);
		expect(source).toBeUndefined();
		expect(cited).toEqual([]);
		expect(shown.paragraphs).toEqual(event.body);
	});

	it('shares one content object among the events citing a source, so its wrapping is shared', () => {
		const [a, b] = timeline.events.filter(item => item.citations[0]?.source === 'alpha');
		expect(eventArticle(timeline, a!).content).toBe(eventArticle(timeline, b!).content);
	});

	it('remembers what it builds', () => {
		const event = timeline.events[0]!;
		expect(eventArticle(timeline, event)).toBe(eventArticle(timeline, event));
	});
});
