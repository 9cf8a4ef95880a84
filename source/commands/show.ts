/**
 * `sc-timeline show <id>`: one event, its date and precision, summary, cited passages as quotes
 * and their sources. text: `renderEvent`; markdown: `eventMarkdown`; json: `ShowJson` (see
 * core/format/events-json.ts). An unknown id is a one-line error (exit 1) with a suggestion when one
 * is close; a missing id is a usage error (exit 2).
 */
import type {Command} from './context.js';
import {UserError} from '../core/model/errors.js';
import {echoArgument} from '../core/text/sanitize.js';
import {eventMarkdown, renderEvent} from '../core/format/event-card.js';
import {showJson} from '../core/format/events-json.js';
import {closestId} from '../core/format/suggest.js';
import {jsonText, linesText, styleFor} from '../core/format/output-text.js';

export const show: Command = ({loaded, args, format, width, color, out}) => {
	const [id, extra] = args;
	if (id === undefined) throw new UserError('show needs an event id, e.g. sc-timeline show <id>; list them with sc-timeline events (see sc-timeline --help)', 2);
	if (extra !== undefined) throw new UserError(`show takes one event id, got also "${echoArgument(extra)}" (see sc-timeline --help)`, 2);
	const index = loaded.timeline.events.findIndex(event => event.id === id);
	const event = loaded.timeline.events[index];
	const raw = loaded.raw.events.find(item => item.id === id);
	if (event === undefined || raw === undefined) {
		const near = closestId(
			id,
			loaded.timeline.events.map(item => item.id),
		);
		throw new UserError(`no event with id "${echoArgument(id)}"${near === undefined ? '' : `; did you mean "${near}"?`} (list them with sc-timeline events)`);
	}
	if (format === 'json') out(jsonText(showJson(loaded.raw, raw)));
	else if (format === 'markdown') out(linesText(eventMarkdown(loaded.timeline, event)));
	else out(linesText(renderEvent(loaded.timeline, event, {width, style: styleFor(color)})));
	return 0;
};
