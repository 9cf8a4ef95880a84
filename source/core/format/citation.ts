/** A citation resolved against its source: the article it points to and the line that credits it. */
import type {Citation, Source, Timeline} from '../model/schema.js';
import {byId} from '../model/by-id.js';
import {formatPublished} from './printed-date.js';

export type ResolvedCitation = {
	citation: Citation;
	/** Undefined only for a timeline that skipped validation; the loader guarantees the source exists. */
	source: Source | undefined;
	/** The whole cited paragraph. */
	passage: string | undefined;
};

/** Looks each citation's source and paragraph up in `timeline`. */
export function resolveCitations(timeline: Pick<Timeline, 'sources'>, citations: Citation[]): ResolvedCitation[] {
	return citations.map(citation => {
		const source = byId(timeline.sources, citation.source);
		return {citation, source, passage: source?.paragraphs[citation.paragraph - 1]};
	});
}

/** `WBUR, “Mass. Won't Join Immigration Check Program”, June 6, 2011, paragraph 2`. */
export function sourceLine({citation, source}: ResolvedCitation): string {
	if (source === undefined) return `${citation.source}, paragraph ${citation.paragraph}`;
	return `${source.outlet}, “${source.headline}”, ${formatPublished(source.published)}, paragraph ${citation.paragraph}`;
}
