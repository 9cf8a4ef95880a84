/** Shared inputs for the formatting tests: the bundled story, the TimelineJS sample, and a way to build small timelines. */
import {fileURLToPath} from 'node:url';
import {loadTimeline, validateTimeline} from '../../../source/core/load/load-timeline.js';
import {sanitizeDeep} from '../../../source/core/text/sanitize.js';
import {createStyle} from '../../../source/core/text/style.js';
import type {Timeline} from '../../../source/core/model/schema.js';

export const samplePath = fileURLToPath(new URL('../../fixtures/timelinejs/city-budget.json', import.meta.url));
export const bundled = loadTimeline();
export const sample = loadTimeline(samplePath);
export const plain = createStyle('none');
export const color = createStyle('color');

/** A validated, sanitised timeline from a partial sc-timeline document. */
export function timelineOf(document: Record<string, unknown>): Timeline {
	return sanitizeDeep(validateTimeline({format: 'sc-timeline/1', title: 'T', ...document}, 'test').timeline);
}
