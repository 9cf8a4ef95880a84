/**
 * `sc-timeline diff [a] [b]`: two statements compared topic by topic (by default the timeline's
 * `comparison`, else its first two statements), or, given two source ids, two articles compared
 * paragraph by paragraph. text: `renderComparison`, side by side when the width allows, else
 * unified; markdown: `comparisonMarkdown`; json: `DiffJson` (see core/compare/compare-json.ts).
 */
import type {Command} from './context.js';
import {selectPair} from '../core/compare/select.js';
import {buildComparison} from '../core/compare/model.js';
import {renderComparison} from '../core/compare/render.js';
import {comparisonMarkdown} from '../core/compare/compare-markdown.js';
import {comparisonJson} from '../core/compare/compare-json.js';
import {jsonText, linesText, styleFor} from '../core/format/output-text.js';

export const diff: Command = ({loaded, args, format, width, color, out}) => {
	const selection = selectPair(loaded.timeline, args);
	if (format === 'json') {
		// The same pair from the raw timeline, so the JSON carries strings exactly as in the file.
		const raw = selectPair(loaded.raw, [selection.before.id, selection.after.id]);
		out(jsonText(comparisonJson(loaded.raw, buildComparison(loaded.raw, raw))));
		return 0;
	}
	const comparison = buildComparison(loaded.timeline, selection);
	if (format === 'markdown') out(linesText(comparisonMarkdown(comparison)));
	else out(linesText(renderComparison(comparison, {width, style: styleFor(color)}).lines));
	return 0;
};
