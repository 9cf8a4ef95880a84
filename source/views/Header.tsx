/** The header: the timeline's title with its counts at the right, and the rule under it naming the panes. */
import type {Style} from '../core/style.js';
import {displayWidth, truncate} from '../core/width.js';
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
	style: Style;
};

/** The title line: the counts are dropped before the title is cut below a readable width. */
export function titleLine(title: string, counts: string, width: number, style: Style): string {
	const room = width - 2 - displayWidth(counts) - 2;
	if (counts === '' || room < Math.min(16, displayWidth(title))) return ` ${style.bold(truncate(title, width - 2))}`;
	const shown = truncate(title, room);
	return ` ${style.bold(shown)}${' '.repeat(width - 2 - displayWidth(shown) - displayWidth(counts))}${style.dim(counts)} `;
}

export function Header({title, counts, width, rule, ruler = [], style}: HeaderProps) {
	return <Lines lines={[titleLine(title, counts, width, style), ...ruler, rule]} width={width} height={2 + ruler.length} />;
}
