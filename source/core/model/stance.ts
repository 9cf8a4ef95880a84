/**
 * The stances (where Massachusetts stood on joining the program) and everything that shows one:
 * its letter in the timeline, its verb in prose, its colour. One table, so the timeline, the
 * event card, the summary and the comparison cannot mark a stance differently.
 */
import type {Stance} from './schema.js';
import type {Paint, Style} from '../text/style.js';

export const stances: Record<Stance, {letter: string; verb: string; paint: (style: Style) => Paint | undefined}> = {
	joining: {letter: 'J', verb: 'join', paint: style => style.joining},
	refusing: {letter: 'R', verb: 'refuse', paint: style => style.refusing},
	// Waiting is not a position: it keeps the text's own look.
	undecided: {letter: 'U', verb: 'wait', paint: () => undefined},
};

/** `text` painted as `stance` is (joining green, refusing red), or `otherwise` for no stance or one without a colour. */
export function paintStance(stance: string | undefined, text: string, style: Style, otherwise: Paint = text => text): string {
	const entry = stance !== undefined && Object.hasOwn(stances, stance) ? stances[stance as Stance] : undefined;
	return (entry?.paint(style) ?? otherwise)(text);
}
