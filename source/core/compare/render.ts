/**
 * A comparison as wrapped lines, in one of two layouts: `side-by-side` (the earlier text in a
 * left column, the later in a right one, as delta and difftastic show code) when the width
 * allows two readable columns, `unified` (one column, changed words marked inline, as
 * `git diff --word-diff`) otherwise. `sc-timeline diff` prints these lines and the explorer's
 * compare view scrolls through them, so the two always agree.
 */
import type {Style} from '../text/style.js';
import {displayWidth, fitWidth, truncate, wrap} from '../text/width.js';
import {hang} from '../format/hanging-indent.js';
import type {ComparedSide, Comparison, ComparisonRow, RowSide} from './model.js';
import {mark, paintSegments} from './change-marks.js';
import {paintStance} from '../model/stance.js';

export type CompareLayout = 'side-by-side' | 'unified';

/** From this width the two texts sit side by side: two columns of 48, enough for a sentence per two lines. */
export const sideBySideMinWidth = 100;

/** The gutter between the columns of the side-by-side layout. */
const gutter = ' │ ';

/** The layout a width calls for: side by side from `sideBySideMinWidth` columns, unified below. */
export function chooseLayout(width: number): CompareLayout {
	return width >= sideBySideMinWidth ? 'side-by-side' : 'unified';
}

export type RenderCompareOptions = {
	/** Columns to wrap at (at least 1). */
	width: number;
	style: Style;
	/** Defaults to `chooseLayout(width)`. */
	layout?: CompareLayout;
};

export type RenderedComparison = {
	lines: string[];
	/** Index in `lines` of each row's heading, in row order, for jumping from topic to topic. */
	anchors: number[];
};

/** A credit line wrapped under a dash; "paragraphs 4, 5 and 7" is kept together on one line. */
function creditLines(credit: string, width: number, style: Style): string[] {
	const kept = credit.replace(/paragraphs? [\d, and]+$/, list => list.replace(/ /g, '\u00a0'));
	return hang('  — ', kept, width).map(line => style.dim(line.replace(/\u00a0/g, ' ')));
}

/** `2010 · by December 17, 2010` for a claim, `2010 · paragraph 3` for a paragraph. */
function caption(side: ComparedSide, row: RowSide, style: Style): string {
	return style.bold(side.label) + style.dim(` · ${row.paragraph === undefined ? side.date : `paragraph ${row.paragraph}`}`);
}

/** What stands in a column when one side has nothing on the row. */
function absent(comparison: Comparison, side: ComparedSide): string {
	return comparison.kind === 'statements' ? `No ${side.label} claim on this topic.` : `Not in the ${side.label} article.`;
}

/** The caption, the text as the side reads it (its own changes marked) and its credits, for one column. */
function sideBlock(comparison: Comparison, row: ComparisonRow, which: 'before' | 'after', width: number, style: Style): string[] {
	const side = comparison[which];
	const content = row[which];
	if (content === undefined) return wrap(style.dim(absent(comparison, side)), width);
	const kind = which === 'before' ? 'removed' : 'added';
	return [
		...wrap(caption(side, content, style), width),
		...wrap(paintSegments(row.pair.segments, style, ['same', kind]), width),
		...content.credits.flatMap(credit => creditLines(credit, width, style)),
	];
}

/** The rule that opens a row: `── The decision ─────`. */
function headingLine(heading: string, width: number, style: Style): string {
	const text = `── ${heading} `;
	const rest = Math.max(0, width - displayWidth(text));
	return style.accent(style.bold(truncate(text, width)) + '─'.repeat(rest));
}

function sideBySideRow(comparison: Comparison, row: ComparisonRow, width: number, style: Style): string[] {
	const left = Math.floor((width - gutter.length) / 2);
	const right = width - gutter.length - left;
	const a = sideBlock(comparison, row, 'before', left, style);
	const b = sideBlock(comparison, row, 'after', right, style);
	const lines: string[] = [];
	for (let index = 0; index < Math.max(a.length, b.length); index++) {
		lines.push((fitWidth(a[index] ?? '', left) + style.dim(gutter) + (b[index] ?? '')).trimEnd());
	}
	return lines;
}

function unifiedRow(comparison: Comparison, row: ComparisonRow, width: number, style: Style): string[] {
	if (row.pair.marking === 'whole') {
		// One column has room for the text itself only: the change line already says which side is missing.
		const present = (['before', 'after'] as const).filter(which => row[which] !== undefined);
		return present.flatMap(which => sideBlock(comparison, row, which, width, style));
	}
	const lines = wrap(paintSegments(row.pair.segments, style), width);
	for (const which of ['before', 'after'] as const) {
		const content = row[which];
		if (content === undefined) continue;
		lines.push(...wrap(caption(comparison[which], content, style), width));
		lines.push(...content.credits.flatMap(credit => creditLines(credit, width, style)));
	}
	return lines;
}

/** Lines introducing the comparison: what is compared with what, where each stood, and how changes are marked. */
export function headerLines(comparison: Comparison, width: number, style: Style): string[] {
	const {before, after} = comparison;
	const lines = wrap(`${style.bold(`${before.label} → ${after.label}`)}  ${comparison.summary}`, width);
	const column = Math.max(displayWidth(before.label), displayWidth(after.label)) + 2;
	for (const side of [before, after]) {
		const prefix = side.label + ' '.repeat(column - displayWidth(side.label));
		lines.push(...hang(prefix, style.bold(side.title), width));
		lines.push(...hang(' '.repeat(column), style.dim(side.byline), width));
	}
	if (before.stance !== undefined && after.stance !== undefined) {
		const paint = (stance: string) => paintStance(stance, stance, style);
		lines.push(...wrap(`Stance: ${paint(before.stance)} → ${paint(after.stance)}${before.stance === after.stance ? ' (unchanged)' : ''}`, width));
	}
	lines.push(...wrap(`Key: ${mark(`only in ${before.label}`, 'removed', style)}, ${mark(`only in ${after.label}`, 'added', style)}`, width));
	return lines;
}

/** Renders a comparison at `width` in the chosen (or width-chosen) layout. */
export function renderComparison(comparison: Comparison, {width, style, layout = chooseLayout(width)}: RenderCompareOptions): RenderedComparison {
	const lines = headerLines(comparison, width, style);
	const anchors: number[] = [];
	const twoColumns = layout === 'side-by-side' && width >= 2 * 8 + gutter.length;
	for (const row of comparison.rows) {
		lines.push('');
		anchors.push(lines.length);
		lines.push(headingLine(row.heading, width, style));
		lines.push(...wrap(style.dim(row.change), width));
		lines.push(...(twoColumns ? sideBySideRow(comparison, row, width, style) : unifiedRow(comparison, row, width, style)));
	}
	return {lines, anchors};
}
