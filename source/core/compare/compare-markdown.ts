/**
 * A comparison as Markdown, for pasting into a document: removed words ~~struck through~~,
 * added words in **bold** (GitHub-flavoured Markdown shows both; plain Markdown readers still see
 * where each change starts and ends). Every piece of data is escaped, so `*` or `~` in a claim
 * cannot open a mark.
 */
import {escapeMarkdown} from '../format/markdown-escape.js';
import type {ComparedSide, Comparison, ComparisonRow} from './model.js';
import type {Segment, SegmentKind} from './words.js';

/** The segments of the kinds in `show`, escaped, changed runs wrapped in `~~` or `**` (space kept outside). */
export function markdownSegments(segments: readonly Segment[], show: readonly SegmentKind[]): string {
	let out = '';
	for (const segment of segments) {
		if (!show.includes(segment.kind)) continue;
		if (segment.kind === 'same') {
			// The first words start a paragraph: "1." or "- " there would make a list.
			out += escapeMarkdown(segment.text, {lineStart: out === ''});
			continue;
		}
		const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(segment.text) ?? [];
		const fence = segment.kind === 'removed' ? '~~' : '**';
		out += lead + (core === '' ? '' : `${fence}${escapeMarkdown(core)}${fence}`) + trail;
	}
	return out;
}

function sideSection(comparison: Comparison, row: ComparisonRow, which: 'before' | 'after'): string[] {
	const side: ComparedSide = comparison[which];
	const content = row[which];
	const where = content?.paragraph === undefined ? side.date : `paragraph ${content.paragraph}`;
	if (content === undefined) return [`**${escapeMarkdown(side.label)}**: ${comparison.kind === 'statements' ? 'no claim on this topic' : 'not in this article'}.`];
	const lines = [`**${escapeMarkdown(side.label)}** · ${escapeMarkdown(where)}`, '', markdownSegments(row.pair.segments, ['same', which === 'before' ? 'removed' : 'added'])];
	if (content.credits.length > 0) lines.push('', ...content.credits.map(credit => `> — ${escapeMarkdown(credit)}`));
	return lines;
}

/**
 * The whole comparison: a heading naming both sides, their bylines and stances, a legend, then
 * one section per row with its change line and each side's text (its own changes marked) and
 * credits.
 */
export function comparisonMarkdown(comparison: Comparison): string[] {
	const {before, after} = comparison;
	const lines = [`# ${escapeMarkdown(before.title)} → ${escapeMarkdown(after.title)}`, ''];
	for (const side of [before, after]) {
		const stance = side.stance === undefined ? '' : ` · stance: ${side.stance}`;
		lines.push(`- **${escapeMarkdown(side.label)}:** ${escapeMarkdown(side.title)}, ${escapeMarkdown(side.byline)}${stance}`);
	}
	lines.push('', escapeMarkdown(comparison.summary), '', `Words only in ${escapeMarkdown(before.label)} are ~~struck through~~; words only in ${escapeMarkdown(after.label)} are **bold**.`);
	for (const row of comparison.rows) {
		lines.push('', `## ${escapeMarkdown(row.heading)}`, '', `*${escapeMarkdown(row.change)}*`);
		for (const which of ['before', 'after'] as const) lines.push('', ...sideSection(comparison, row, which));
	}
	return lines;
}
