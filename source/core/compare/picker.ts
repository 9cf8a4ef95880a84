/**
 * The statement picker the explorer shows before comparing, when a timeline has more than two
 * statements: pick the earlier statement, then the one to compare it with. One line per
 * statement, so the cursor's line is `pickerHeaderRows + cursor` and the scroll math stays simple.
 */
import type {Statement} from '../model/schema.js';
import type {Style} from '../text/style.js';
import {padEnd, truncate, widest, wrap} from '../text/width.js';
import {mediumDate} from '../format/printed-date.js';
import {selectionMarker} from '../screen/timeline-rows.js';

/** Lines above the list: what to pick, and a blank line. */
export const pickerHeaderRows = 2;

export type PickerView = {
	/** Index in `statements` of the highlighted one. */
	cursor: number;
	/** Index of the statement already picked as the earlier one, once it is. */
	first?: number;
};

/** What the picker asks for at this stage. */
export function pickerPrompt(statements: readonly Statement[], first: number | undefined): string {
	if (first === undefined) return `Compare two of ${statements.length} statements: pick the first`;
	return `Compare "${statements[first]?.title ?? ''}" with:`;
}

/**
 * The picker's lines at `width`: the prompt (cut to one line), a blank line, then one line per
 * statement, date then title, the cursor's line marked and in reverse video, the first pick dimmed.
 */
export function pickerLines(statements: readonly Statement[], {cursor, first}: PickerView, width: number, style: Style): string[] {
	const dates = statements.map(statement => mediumDate(statement.date));
	const column = Math.min(widest(dates), Math.max(0, Math.floor(width / 3)));
	const lines = [style.bold(truncate(wrap(pickerPrompt(statements, first), Math.max(1, width))[0] ?? '', width)), ''];
	statements.forEach((statement, index) => {
		const marker = index === cursor ? selectionMarker : index === first ? '✓' : ' ';
		const text = truncate(`${marker} ${padEnd(truncate(dates[index] ?? '', column), column)}  ${statement.title}`, width);
		const padded = padEnd(text, width);
		lines.push(index === cursor ? style.inverse(padded) : index === first ? style.dim(text) : text);
	});
	return lines;
}
