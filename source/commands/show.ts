/**
 * `sc-timeline show <id>`: one event, its date and precision, summary, cited passages as quotes
 * and their sources. text: `renderEvent`; markdown: `eventMarkdown`; json: `ShowJson` (see
 * core/format/events-json.ts). An unknown id is a one-line error (exit 1) with a suggestion when one
 * is close; a missing id is a usage error (exit 2). Given a file, only the event and the articles
 * it cites are read when they can be (core/load/large/one-event.ts); the output is the same.
 */
import type {Command, CommandContext} from './context.js';
import type {Timeline, TimelineEvent} from '../core/model/schema.js';
import {eventFromFile} from '../core/load/large/one-event.js';
import {UserError} from '../core/model/errors.js';
import {sanitize} from '../core/text/sanitize.js';
import {eventMarkdown, renderEvent} from '../core/format/event-card.js';
import {showJson} from '../core/format/events-json.js';
import {closestId} from '../core/format/suggest.js';
import {jsonText, linesText, styleFor} from '../core/format/output-text.js';

export const show: Command = context => {
	const {args, file} = context;
	const [id, extra] = args;
	// The file's own problem comes first, as for every command.
	if (file !== undefined && (id === undefined || extra !== undefined)) void context.loaded;
	if (id === undefined) throw new UserError('show needs an event id, e.g. sc-timeline show <id>; list them with sc-timeline events (see sc-timeline --help)', 2);
	if (extra !== undefined) throw new UserError(`show takes one event id, got also "${sanitize(extra)}" (see sc-timeline --help)`, 2);
	// The event and its articles only, when they can be read alone (see core/load/large/one-event.ts); else the whole file.
	const found = file === undefined ? undefined : eventFromFile(file, id);
	if (found !== undefined) {
		printEvent(found.timeline, found.timeline.event, found.raw, found.raw.event, context);
		return 0;
	}
	const {loaded} = context;
	const event = loaded.timeline.events.find(item => item.id === id);
	const raw = loaded.raw.events.find(item => item.id === id);
	if (event === undefined || raw === undefined) {
		const near = closestId(
			id,
			loaded.timeline.events.map(item => item.id),
		);
		throw new UserError(`no event with id "${sanitize(id)}"${near === undefined ? '' : `; did you mean "${near}"?`} (list them with sc-timeline events)`);
	}
	printEvent(loaded.timeline, event, loaded.raw, raw, context);
	return 0;
};

/** Writes `event` in the asked format; `timeline` and `raw` hold (at least) the sources it cites, sanitised and as in the file. */
export function printEvent(
	timeline: Pick<Timeline, 'sources'>,
	event: TimelineEvent,
	raw: Pick<Timeline, 'sources'>,
	rawEvent: TimelineEvent,
	{format, width, color, out}: Pick<CommandContext, 'format' | 'width' | 'color' | 'out'>,
): void {
	if (format === 'json') out(jsonText(showJson(raw, rawEvent)));
	else if (format === 'markdown') out(linesText(eventMarkdown(timeline, event)));
	else out(linesText(renderEvent(timeline, event, {width, style: styleFor(color)})));
}
