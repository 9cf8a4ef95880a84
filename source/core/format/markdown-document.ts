/** `export --format markdown`: the whole timeline as one Markdown document. */
import type {Timeline} from '../model/schema.js';
import {formatRange, yearOf} from '../model/dates.js';
import {eventMarkdown} from './event-card.js';
import {escapeMarkdown, markdownLinks} from './markdown-escape.js';
import {formatPublished} from './printed-date.js';

/**
 * Title and description, the eras, the editorial notes, every event in full under its year (events as in
 * `show --format markdown`, one heading level down), then the list of sources with links.
 */
export function timelineMarkdown(timeline: Timeline): string[] {
	const lines = [`# ${escapeMarkdown(timeline.title)}`];
	if (timeline.description) lines.push('', markdownLinks(timeline.description));
	if (timeline.eras !== undefined && timeline.eras.length > 0) {
		lines.push('', '## Eras', '');
		for (const era of timeline.eras) lines.push(`- **${escapeMarkdown(formatRange(era.start, era.end))}**: ${escapeMarkdown(era.headline ?? 'Era')}`);
	}
	let year: string | undefined;
	for (const event of timeline.events) {
		if (yearOf(event.date) !== year) {
			year = yearOf(event.date);
			lines.push('', `## ${year}`);
		}
		lines.push('', ...eventMarkdown(timeline, event, 3));
	}
	if (timeline.sources.length > 0) {
		lines.push('', '## Sources', '');
		for (const source of timeline.sources) {
			const title = `${escapeMarkdown(source.outlet)}, *${escapeMarkdown(source.headline)}*, ${formatPublished(source.published)}`;
			// Only a plain web address becomes a link; anything else in the field is left out.
			const link = source.url !== undefined && /^https?:\/\/[^\s<>]+$/.test(source.url) ? ` <${source.url}>` : '';
			lines.push(`- ${title}${link}`);
		}
	}
	if (timeline.notes.length > 0) {
		lines.push('', '## Notes', '');
		for (const note of timeline.notes) lines.push(`- ${escapeMarkdown(note)}`);
	}
	return lines;
}
