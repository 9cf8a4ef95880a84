/**
 * `sc-timeline events`: one line per event. text: id, date, headline (cut to `--width` or the
 * terminal's, whole into a pipe);
 * markdown: a list; json: an array of `EventJson` (see core/format/events-json.ts), in date order.
 */
import type {Command} from './context.js';
import {eventsMarkdown, renderEventLines} from '../core/format/event-list.js';
import {eventJson} from '../core/format/events-json.js';
import {jsonText, linesText, styleFor} from '../core/format/output-text.js';

export const events: Command = ({loaded, format, width, unbounded, color, out}) => {
	if (format === 'json') out(jsonText(loaded.raw.events.map(event => eventJson(event))));
	else if (format === 'markdown') out(linesText(eventsMarkdown(loaded.timeline)));
	else out(linesText(renderEventLines(loaded.timeline, {width: unbounded ? Number.POSITIVE_INFINITY : width, style: styleFor(color)})));
	return 0;
};
