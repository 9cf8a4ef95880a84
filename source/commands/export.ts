/**
 * `sc-timeline export`: the whole timeline for another tool. `--format timelinejs` (the default)
 * writes TimelineJS JSON that loads back through the TimelineJS import with the same events,
 * dates and text; `markdown` one document with every event in full; `json` the timeline file;
 * `csv` and `tsv` TimelineJS's sheet template, which reads back as the same timeline.
 */
import type {Command} from './context.js';
import {toTimelineJs} from '../core/format/timelinejs-export.js';
import {timelineMarkdown} from '../core/format/markdown-document.js';
import {jsonText, linesText} from '../core/format/output-text.js';
import {toSheet} from '../core/format/sheet-export.js';

export const exportTimeline: Command = ({loaded, format, out}) => {
	if (format === 'markdown') out(linesText(timelineMarkdown(loaded.timeline)));
	else if (format === 'json') out(jsonText(loaded.raw));
	else if (format === 'csv' || format === 'tsv') out(`${toSheet(loaded.raw, format === 'csv' ? ',' : '\t')}\n`);
	else out(jsonText(toTimelineJs(loaded.raw)));
	return 0;
};
