/** The header: the timeline's title with its counts at the right, and the rule under it naming the panes. */
import type {Style} from '../core/text/style.js';
import {displayWidth, truncate} from '../core/text/width.js';
import {Lines} from './Lines.js';

export type HeaderProps = {
	title: string;
	/** `22 events · 2 sources`. */
	counts: string;
	width: number;
	/** The styled rule under the title (see `rules.ts`). */
	rule: string;
	/** The time axis's lines, between the title and the rule (none when the terminal is short). */
	ruler?: readonly string[];
	/** The counts say what a filter shows: kept before the title when both do not fit. */
	filtered?: boolean;
	style: Style;
};

/**
 * The title line: the counts are dropped before the title is cut below a readable width, unless
 * they say what a filter hides (`filtered`): then the title goes first.
 */
export function titleLine(title: string, counts: string, width: number, style: Style, filtered = false): string {
	const room = width - 2 - displayWidth(counts) - 2;
	if (counts === '' || room < Math.min(16, displayWidth(title))) return filtered ? ` ${style.bold(truncate(counts, width - 2))}` : ` ${style.bold(truncate(title, width - 2))}`;
	const shown = truncate(title, room);
	return ` ${style.bold(shown)}${' '.repeat(width - 2 - displayWidth(shown) - displayWidth(counts))}${style.dim(counts)} `;
}

export function Header({title, counts, width, rule, ruler = [], filtered = false, style}: HeaderProps) {
	return <Lines lines={[titleLine(title, counts, width, style, filtered), ...ruler, rule]} width={width} height={2 + ruler.length} />;
}
