/** The foot of the screen: a rule (with the pane's position at its right) and the hint bar with the list position. */
import type {Style} from '../core/text/style.js';
import {displayWidth, truncate} from '../core/text/width.js';
import {fitHints, type Hint} from '../state/hints.js';
import type {Status} from '../state/state.js';
import {Lines} from './Lines.js';

export type StatusBarProps = {
	/** The styled rule above the hints (see `rules.ts`). */
	rule: string;
	hints: Hint[];
	/** `3/22`: the selected event and the number of events. */
	position: string;
	/** A message in place of the hints, until the next key. */
	status?: Status | undefined;
	width: number;
	style: Style;
};

/** The hint bar: as many hints as fit (always `?` and `q`), the position at the right. */
export function hintLine(hints: Hint[], position: string, width: number, style: Style): string {
	const right = position === '' ? '' : ` ${position} `;
	const room = width - 1 - displayWidth(right) - 1;
	const shown = fitHints(hints, Math.max(0, room));
	const text = shown.map(hint => `${style.bold(hint.keys)} ${hint.label}`).join('  ');
	const used = 1 + shown.reduce((sum, hint, index) => sum + displayWidth(`${hint.keys} ${hint.label}`) + (index > 0 ? 2 : 0), 0);
	if (used + displayWidth(right) > width) return truncate(` ${text}`, width);
	return ` ${text}${' '.repeat(width - used - displayWidth(right))}${right}`;
}

export function StatusBar({rule, hints, position, status, width, style}: StatusBarProps) {
	const line = status === undefined ? hintLine(hints, position, width, style) : truncate(` ${status.kind === 'error' ? style.bold(status.text) : status.text}`, width);
	return <Lines lines={[rule, line]} width={width} height={2} />;
}
