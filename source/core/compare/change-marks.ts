/**
 * How changed words are marked. Colour alone is not enough: printed without colour (a pipe,
 * NO_COLOR, TERM=dumb) and in the explorer's monochrome style the marks are git's
 * `--word-diff=plain` markers, `[-removed-]` and `{+added+}`, so a change survives a copy and
 * paste. With colour the words are painted red and green and carry no markers, as in
 * `git diff --word-diff=color`.
 */
import type {Style} from '../text/style.js';
import type {Segment, SegmentKind} from './words.js';

/** Whether the marks of `style` are bracket markers (every level but colour). */
export function usesMarkers(style: Style): boolean {
	return style.level !== 'color';
}

/** `text` marked as removed or added in `style`. */
export function mark(text: string, kind: Exclude<SegmentKind, 'same'>, style: Style): string {
	if (text === '') return '';
	const marked = usesMarkers(style) ? (kind === 'removed' ? `[-${text}-]` : `{+${text}+}`) : text;
	return kind === 'removed' ? style.removed(marked) : style.added(marked);
}

/**
 * The segments of the kinds in `show` as one string, changed runs marked. Space at either end of
 * a changed run stays outside its marks (`state [-will-] join`, not `state[- will-]join`).
 */
export function paintSegments(segments: readonly Segment[], style: Style, show: readonly SegmentKind[] = ['same', 'removed', 'added']): string {
	let out = '';
	for (const segment of segments) {
		if (!show.includes(segment.kind)) continue;
		if (segment.kind === 'same') {
			out += segment.text;
			continue;
		}
		const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(segment.text) ?? [];
		out += lead + mark(core, segment.kind, style) + trail;
	}
	return out;
}
