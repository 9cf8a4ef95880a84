import type {Command} from './context.js';
import {formatDate} from '../core/dates.js';

/** The story in a few lines plus the dated event list. */
export const summary: Command = ({loaded, format, out}) => {
	const {timeline} = loaded;
	if (format === 'json') {
		out(JSON.stringify(loaded.raw, null, '\t') + '\n');
		return 0;
	}
	const lines = [timeline.title, ''];
	if (timeline.description) lines.push(timeline.description, '');
	for (const event of timeline.events) lines.push(`${formatDate(event.date)}  ${event.headline}`);
	out(lines.join('\n') + '\n');
	return 0;
};
