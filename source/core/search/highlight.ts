/**
 * Matched characters made visible: a text cut into plain and matched segments, painted with a
 * style, and excerpts of long passages that keep the first match in view. Ranges are `[start,
 * end)` in UTF-16 code units, as search results give them.
 */
import type {Range} from './results.js';
import {wrap} from '../text/width.js';

export type Segment = {text: string; match: boolean};

/** Cuts `text` into alternating plain and matched segments (empty segments left out). */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		const from = Math.max(at, Math.min(start, text.length));
		const to = Math.min(end, text.length);
		if (to <= from) continue;
		if (from > at) out.push({text: text.slice(at, from), match: false});
		out.push({text: text.slice(from, to), match: true});
		at = to;
	}
	if (at < text.length) out.push({text: text.slice(at), match: false});
	return out;
}

/** `text` with each matched range passed through `paint` (a style, or Markdown's `**`). */
export function paintRanges(text: string, ranges: readonly Range[], paint: (matched: string) => string, plain: (text: string) => string = text => text): string {
	return segments(text, ranges)
		.map(segment => (segment.match ? paint(plain(segment.text)) : plain(segment.text)))
		.join('');
}

/**
 * Wraps `text` to `width` columns and gives each line the part of `ranges` that falls on it,
 * relative to the line: paint after wrapping, so a style never runs past a line's end into an
 * indent or the next pane, and a match split by a break is highlighted on both lines.
 */
export function wrapRanges(text: string, ranges: readonly Range[], width: number): Array<{text: string; ranges: Range[]}> {
	let cursor = 0;
	return wrap(text, width).map(line => {
		// Wrapping only drops spaces at breaks, so each line is found in the text at or after the previous one.
		const found = text.indexOf(line, cursor);
		const start = found === -1 ? cursor : found;
		const end = start + line.length;
		cursor = end;
		const own: Range[] = [];
		for (const [from, to] of ranges) if (to > start && from < end) own.push([Math.max(from, start) - start, Math.min(to, end) - start]);
		return {text: line, ranges: own};
	});
}

/**
 * At most about `length` characters of `text` around its first match, cut at spaces and marked
 * with `…` where cut, with the ranges moved to match. Short texts come back whole.
 */
export function excerpt(text: string, ranges: readonly Range[], length: number): {text: string; ranges: Range[]} {
	if (text.length <= length) return {text, ranges: [...ranges]};
	const first = ranges[0]?.[0] ?? 0;
	// Start a fifth of the way before the first match, at a space, so the match has some context.
	let start = Math.max(0, first - Math.floor(length / 5));
	if (start > 0) {
		const space = text.lastIndexOf(' ', start);
		start = space > first - length / 2 ? space + 1 : start;
	}
	let end = Math.min(text.length, start + length);
	if (end < text.length) {
		const space = text.lastIndexOf(' ', end);
		if (space > start + length / 2) end = space;
	}
	const lead = start > 0 ? '…' : '';
	const shift = lead.length - start;
	const moved: Range[] = [];
	for (const [from, to] of ranges) {
		if (to <= start || from >= end) continue;
		moved.push([Math.max(from, start) + shift, Math.min(to, end) + shift]);
	}
	return {text: lead + text.slice(start, end) + (end < text.length ? '…' : ''), ranges: moved};
}
