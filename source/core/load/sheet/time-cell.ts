/**
 * A `Time` or `End Time` cell read as TimelineJS reads it (`parseTime` in its `DateUtil.js`):
 * `9:00 AM`, `14:30`, `1430`, `10.30 pm`, `14:30:15.5`; AM and PM with or without dots.
 */

export type TimeOfDay = {hour: number; minute?: number; second?: number; millisecond?: number};

/** The time in a cell, or a message saying why it cannot be read. */
export function parseTimeCell(cell: string): TimeOfDay | {problem: string} {
	let text = cell.trim();
	const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(text);
	if (period) text = text.slice(0, period.index).trim();
	const compact = /^(\d{1,2})(\d{2})$/.exec(text);
	let parts = compact ? [compact[1]!, compact[2]!] : text.split(':');
	if (!compact && parts.length === 1) parts = text.split('.');
	if (parts.length > 3) return {problem: `"${cell}" is not a time (too many parts)`};
	const number = (part: string | undefined) => (part !== undefined && /^\d{1,2}$/.test(part.trim()) ? Number(part) : Number.NaN);
	let hour = number(parts[0]);
	if (period && period[1]!.toLowerCase() === 'p' && hour !== 12) hour += 12;
	else if (period && period[1]!.toLowerCase() === 'a' && hour === 12) hour = 0;
	if (!(hour >= 0 && hour <= 23)) return {problem: `"${cell}" is not a time: the hour must be 0 to 23 (or 1 to 12 with AM or PM)`};
	const time: TimeOfDay = {hour};
	if (parts.length > 1) {
		const minute = number(parts[1]);
		if (!(minute >= 0 && minute <= 59)) return {problem: `"${cell}" is not a time: the minutes must be 00 to 59`};
		time.minute = minute;
	}
	if (parts.length > 2) {
		const [whole = '', fraction] = parts[2]!.split(/[.,]/);
		const second = number(whole);
		if (!(second >= 0 && second <= 59) || (fraction !== undefined && !/^\d{1,3}$/.test(fraction))) return {problem: `"${cell}" is not a time: the seconds must be 00 to 59`};
		time.second = second;
		if (fraction !== undefined) time.millisecond = Number(fraction.padEnd(3, '0'));
	}
	return time;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A time as the template is written back: `HH:MM`, with seconds and milliseconds only when set. */
export function timeCellText(time: TimeOfDay): string {
	let text = `${two(time.hour)}:${two(time.minute ?? 0)}`;
	if (time.second !== undefined) text += `:${two(time.second)}`;
	if (time.second !== undefined && time.millisecond !== undefined) text += `.${String(time.millisecond).padStart(3, '0')}`;
	return text;
}
