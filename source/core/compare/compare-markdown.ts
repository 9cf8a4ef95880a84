/**
 * A comparison as Markdown, for pasting into a document: removed words ~~struck through~~,
 * added words in **bold** (GitHub-flavoured Markdown shows both; plain Markdown readers still see
 * where each change starts and ends); a change of punctuation alone as <del> or <ins>. Every piece of data is escaped, so `*` or `~` in a claim
 * cannot open a mark.
 */
import {escapeMarkdown} from '../format/markdown-escape.js';
import type {ComparedSide, Comparison, ComparisonRow} from './model.js';
import type {Segment, SegmentKind} from './words.js';

/** Punctuation at the start and at the end of a changed run. */
const leadingPunctuation = /^[\p{P}\p{S}]+\s*/u;
const trailingPunctuation = /\s*[\p{P}\p{S}]+$/u;
const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * The segments of the kinds in `show`, escaped, changed runs wrapped in `~~` or `**` (space kept
 * outside). A mark between a letter and punctuation cannot open or close in CommonMark
 * (`program**, saying**` shows its asterisks), so punctuation on such a side of a run is left
 * outside the mark; a run that is only such punctuation is marked with `<del>` or `<ins>`.
 */
export function markdownSegments(segments: readonly Segment[], show: readonly SegmentKind[]): string {
	const shown = segments.filter(segment => show.includes(segment.kind));
	let out = '';
	for (const [index, segment] of shown.entries()) {
		if (segment.kind === 'same') {
			// The first words start a paragraph: "1." or "- " there would make a list.
			out += escapeMarkdown(segment.text, {lineStart: out === ''});
			continue;
		}
		const [, lead = '', text = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(segment.text) ?? [];
		const next = shown[index + 1]?.text ?? '';
		const before = lead === '' && wordCharacter.test(out.at(-1) ?? '') ? (leadingPunctuation.exec(text)?.[0] ?? '') : '';
		const rest = text.slice(before.length);
		const after = trail === '' && wordCharacter.test(next[0] ?? '') ? (trailingPunctuation.exec(rest)?.[0] ?? '') : '';
		const core = rest.slice(0, rest.length - after.length);
		const [open, close] = segment.kind === 'removed' ? ['~~', '~~'] : ['**', '**'];
		const marked =
			core === ''
				? text === ''
					? ''
					: segment.kind === 'removed'
						? `<del>${escapeMarkdown(text)}</del>`
						: `<ins>${escapeMarkdown(text)}</ins>`
				: `${escapeMarkdown(before)}${open}${escapeMarkdown(core)}${close}${escapeMarkdown(after)}`;
		out += lead + marked + trail;
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
