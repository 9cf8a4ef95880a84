/**
 * `sc-timeline summary`: the story in a few lines plus the dated event list.
 * text: `renderSummary` (the explorer's summary overlay shows the same lines);
 * markdown: headings and lists; json: the timeline document itself, strings exactly as in the
 * file and events in date order, so it loads back with `--data`.
 */
import type {Command} from './context.js';
import {renderSummary, summaryMarkdown} from '../core/format/summary-lines.js';
import {jsonText, linesText, styleFor} from '../core/format/output-text.js';

export const summary: Command = ({loaded, format, width, color, out}) => {
	if (format === 'json') out(jsonText(loaded.raw));
	else if (format === 'markdown') out(linesText(summaryMarkdown(loaded.timeline)));
	else out(linesText(renderSummary(loaded.timeline, {width, style: styleFor(color)})));
	return 0;
};
