/**
 * The article pane's text: a source's paragraphs wrapped to a width, with the cited passage (and
 * any other ranges, such as search matches) marked. Wrapping is done once per (article, width)
 * and remembered; painting touches only the lines on screen, so a key press costs the same for a
 * long article as for a short one.
 */
import type {Style} from '../text/style.js';
import {wrap} from '../text/width.js';
import {clampTop} from './viewport.js';
import {rememberIn} from '../memo.js';

/** What the article pane shows: a heading and paragraphs. */
export type ArticleContent = {
	title: string;
	/** One line under the title: outlet and date, or the event's date. */
	meta: string;
	paragraphs: readonly string[];
};

/** Characters `[start, end)` of paragraph `paragraph` (counted from 0, an index into `paragraphs`). */
export type HighlightRange = {paragraph: number; start: number; end: number};

export type ArticleLine = {
	kind: 'title' | 'meta' | 'blank' | 'text';
	/** Plain text, without the gutter. */
	text: string;
	/** The paragraph (from 0) a `text` line belongs to; -1 for the heading and blank lines. */
	paragraph: number;
	/** Where `text` starts within its paragraph. */
	offset: number;
};

export type ArticleLayout = {
	lines: ArticleLine[];
	/** For each paragraph, the index of its first line: "scroll to paragraph N" is `paragraphStart[N]`. */
	paragraphStart: number[];
	/** The pane width the lines were made for. */
	width: number;
	/** Title and meta line on one line, pinned at the top of the pane once they scroll away. */
	heading: {title: string; meta: string};
};

/** Columns before the text: the citation bar `┃` and a space. */
export const gutterWidth = 2;
/** The mark beside lines of the cited passage; a glyph, so it shows without colour too. */
export const citationBar = '┃';

const cache = new WeakMap<ArticleContent, Map<number, ArticleLayout>>();

/** Columns of text in a pane `width` wide: the gutter on the left, one spare column on the right. */
export function textWidth(width: number): number {
	return Math.max(1, width - gutterWidth - 1);
}

/** Wraps one paragraph, remembering where each line starts in it (wrapping drops spaces at breaks). */
function wrapParagraph(text: string, paragraph: number, width: number): ArticleLine[] {
	const lines: ArticleLine[] = [];
	let cursor = 0;
	for (const line of wrap(text, width)) {
		const found = text.indexOf(line, cursor);
		const offset = found === -1 ? cursor : found;
		lines.push({kind: 'text', text: line, paragraph, offset});
		cursor = offset + line.length;
	}
	return lines;
}

/**
 * Lays out `content` for a pane `width` columns wide: the title, the meta line, a blank line, then
 * the paragraphs separated by blank lines. Remembered per content object and width, so callers
 * should reuse content objects (see `eventArticle`).
 */
export function layoutArticle(content: ArticleContent, width: number): ArticleLayout {
	// Only a few widths are ever live (the current one and the one before a resize).
	return rememberIn(cache, content, width, () => layOut(content, width), 4);
}

function layOut(content: ArticleContent, width: number): ArticleLayout {
	const columns = textWidth(width);
	const lines: ArticleLine[] = [];
	const heading = (kind: 'title' | 'meta', text: string) => {
		for (const line of wrap(text, columns)) lines.push({kind, text: line, paragraph: -1, offset: 0});
	};
	const blank = () => lines.push({kind: 'blank', text: '', paragraph: -1, offset: 0});
	heading('title', content.title);
	if (content.meta !== '') heading('meta', content.meta);
	const paragraphStart: number[] = [];
	for (const [index, paragraph] of content.paragraphs.entries()) {
		blank();
		paragraphStart.push(lines.length);
		lines.push(...wrapParagraph(paragraph, index, columns));
	}
	return {lines, paragraphStart, width, heading: {title: content.title, meta: content.meta}};
}

/** The line showing character `offset` of paragraph `paragraph` (the paragraph's first line if out of range). */
export function lineAt(layout: ArticleLayout, paragraph: number, offset: number): number {
	const start = layout.paragraphStart[paragraph];
	if (start === undefined) return 0;
	let line = start;
	for (let next = start + 1; next < layout.lines.length; next++) {
		const candidate = layout.lines[next];
		if (candidate === undefined || candidate.paragraph !== paragraph || candidate.offset > offset) break;
		line = next;
	}
	return line;
}

/** The first and last lines a range covers. */
export function linesOf(layout: ArticleLayout, range: HighlightRange): {first: number; last: number} {
	return {first: lineAt(layout, range.paragraph, range.start), last: lineAt(layout, range.paragraph, Math.max(range.start, range.end - 1))};
}

/**
 * Where to scroll so `range` is on screen: the top of the article when the passage already shows
 * there (the headline stays in view), else one line of context above the passage.
 */
export function scrollTopFor(layout: ArticleLayout, range: HighlightRange | undefined, height: number): number {
	if (range === undefined) return 0;
	const {first, last} = linesOf(layout, range);
	if (last < height) return 0;
	return clampTop(first - 1, layout.lines.length, height);
}

/** The paragraph and character at the top of the window, so a re-wrap can keep the reader's place. */
export function anchorAt(layout: ArticleLayout, top: number): {paragraph: number; offset: number} {
	for (let index = Math.max(0, top); index < layout.lines.length; index++) {
		const line = layout.lines[index];
		if (line !== undefined && line.paragraph >= 0) return {paragraph: line.paragraph, offset: line.offset};
	}
	return {paragraph: -1, offset: 0};
}

export type ArticleMarks = {
	/** The cited passages: highlighted, with the citation bar beside their lines. */
	cited: readonly HighlightRange[];
	/**
	 * The current citation's passage, one of `cited`: when given, only it is highlighted with the
	 * heavy bar; the other cited passages are underlined, with a light bar.
	 */
	current?: HighlightRange | undefined;
	/** Other ranges, such as search matches: shown in reverse video. */
	extra?: readonly HighlightRange[];
};

/** The light bar beside a cited passage that is not the current citation's. */
export const otherCitationBar = '╎';

const sameRange = (a: HighlightRange, b: HighlightRange | undefined) => b !== undefined && a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;

/** Paints one text line, cutting it where marked ranges begin and end; `cited` says which bar it gets. */
function paintText(line: ArticleLine, marks: ArticleMarks, style: Style): {text: string; cited: 'current' | 'other' | undefined} {
	const end = line.offset + line.text.length;
	const cuts = new Set([0, line.text.length]);
	const overlapping = (ranges: readonly HighlightRange[] | undefined) => (ranges ?? []).filter(range => range.paragraph === line.paragraph && range.start < end && range.end > line.offset);
	const cited = overlapping(marks.cited);
	const extra = overlapping(marks.extra);
	if (cited.length === 0 && extra.length === 0) return {text: line.text, cited: undefined};
	const current = marks.current === undefined ? cited : cited.filter(range => sameRange(range, marks.current));
	const other = cited.filter(range => !current.includes(range));
	for (const range of [...cited, ...extra]) {
		cuts.add(Math.max(0, range.start - line.offset));
		cuts.add(Math.min(line.text.length, range.end - line.offset));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const inside = (ranges: HighlightRange[], at: number) => ranges.some(range => range.start <= at && at < range.end);
	let text = '';
	for (let index = 0; index + 1 < points.length; index++) {
		const from = points[index] ?? 0;
		const to = points[index + 1] ?? from;
		let piece = line.text.slice(from, to);
		const at = line.offset + from;
		if (inside(current, at)) piece = style.highlight(piece);
		else if (inside(other, at)) piece = style.underline(piece);
		if (inside(extra, at)) piece = style.inverse(piece);
		text += piece;
	}
	return {text, cited: current.length > 0 ? 'current' : other.length > 0 ? 'other' : undefined};
}

/**
 * The styled lines `[from, to)` of a layout, gutter included: the title bold, the meta line dim,
 * marked ranges painted, `┃` beside every line of the current cited passage and `╎` beside the others.
 */
export function paintArticle(layout: ArticleLayout, from: number, to: number, marks: ArticleMarks, style: Style): string[] {
	const out: string[] = [];
	const blankGutter = ' '.repeat(gutterWidth);
	const barGutter = style.accent(citationBar) + ' '.repeat(gutterWidth - 1);
	const otherGutter = style.dim(otherCitationBar) + ' '.repeat(gutterWidth - 1);
	for (let index = Math.max(0, from); index < Math.min(to, layout.lines.length); index++) {
		const line = layout.lines[index];
		if (line === undefined) continue;
		if (line.kind === 'title') out.push(blankGutter + style.bold(line.text));
		else if (line.kind === 'meta') out.push(blankGutter + style.dim(line.text));
		else if (line.kind === 'blank') out.push('');
		else {
			const painted = paintText(line, marks, style);
			out.push((painted.cited === 'current' ? barGutter : painted.cited === 'other' ? otherGutter : blankGutter) + painted.text);
		}
	}
	return out;
}

/**
 * The pinned heading, `title · meta` on one line, shown in place of the first visible line once
 * the top of the article has scrolled away, so the reader always sees what they are reading.
 * `passageTop` (detail-lines.ts) scrolls so that this line covers nothing a passage needs.
 */
export function paintHeading(layout: ArticleLayout, style: Style): string {
	const {title, meta} = layout.heading;
	return ' '.repeat(gutterWidth) + style.bold(title) + (meta === '' ? '' : style.dim(` · ${meta}`));
}
