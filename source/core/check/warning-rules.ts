/**
 * What a loader accepts but an author most likely did not mean: a source nothing cites, an event
 * with no citation beside cited ones, a `reported` date that does not say how it was worked out,
 * two events with one headline.
 */
import {quoteInput} from '../text/sanitize.js';
import {parsePath, pathText, type Finding, type KeyPath} from './problem.js';
import type {Salvaged} from './schema-rules.js';

const warning = (path: KeyPath, rule: string, message: string): Finding => ({path, severity: 'warning', rule, message: `${pathText(path)}: ${message}`});

/** Every warning for the sound parts of a timeline. */
export function warningFindings(timeline: Salvaged): Finding[] {
	const found: Finding[] = [];
	const cited = new Set<string>();
	// A broken event or statement may cite a source: a source is unused only when everything could be read.
	const complete = !timeline.events.includes(undefined) && !timeline.statements.includes(undefined);
	for (const event of timeline.events) for (const cite of event?.citations ?? []) cited.add(cite.source);
	for (const statement of timeline.statements) for (const claim of statement?.claims ?? []) for (const cite of claim.citations) cited.add(cite.source);
	for (const [i, source] of timeline.sources.entries()) {
		if (complete && source !== undefined && !cited.has(source.id)) found.push(warning(['sources', i, 'id'], 'unused-source', `source "${source.id}" is cited by no event or claim`));
	}
	const headlines = new Map<string, number>();
	for (const [i, event] of timeline.events.entries()) {
		if (event === undefined) continue;
		if (timeline.sources.length > 0 && event.citations.length === 0) {
			found.push(warning(['events', i, 'id'], 'uncited-event', `event "${event.id}" has no citation, in a timeline with sources`));
		}
		if (event.date.precision === 'reported' && event.date.derivation === undefined) {
			found.push(warning(['events', i, 'date', 'precision'], 'underived-date', 'a "reported" date with no derivation: say how the date was worked out'));
		}
		const first = headlines.get(event.headline);
		if (first === undefined) headlines.set(event.headline, i);
		else found.push(warning(['events', i, 'headline'], 'duplicate-headline', `same headline as events[${first}]: "${quoteInput(event.headline, 60)}"`));
	}
	return found;
}

/**
 * A warning from importing a TimelineJS file (an event skipped, a date guessed), as `check` reports
 * it. `path` is where in the TimelineJS file the warning points: keys, or a path such as `events[3].start_date`.
 */
export type ImportWarning = {path: KeyPath | string; message: string; rule?: string};

/** The import's warnings as findings placed in the TimelineJS file: the seam for a lenient import that returns them. */
export function importWarningFindings(warnings: readonly ImportWarning[]): Finding[] {
	return warnings.map(item => {
		const path = typeof item.path === 'string' ? (parsePath(item.path) ?? []) : item.path;
		return {path, severity: 'warning', rule: item.rule ?? 'timelinejs-import', message: `${pathText(path)}: ${item.message}`};
	});
}
