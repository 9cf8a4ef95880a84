/**
 * The sc-timeline file format, as one valibot schema. The loader validates with it and
 * `data/schema.json` is generated from it (`npm run schema`), so the two cannot drift.
 */
import * as v from 'valibot';

const text = (what: string) => v.pipe(v.string(), v.minLength(1, `expected a non-empty ${what}`));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes'), v.maxLength(80, 'expected an id of at most 80 characters'));

/** How precisely a date is known. `reported` means "no date given; known to have happened by this publication date". */
export const precisions = ['day', 'month', 'year', 'reported'] as const;

export const DateSchema = v.strictObject({
	/** ISO date cut to its precision: `2010-12-17`, `2008-10`, `2013`; `reported` uses a full day. */
	value: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')),
	precision: v.picklist(precisions, 'expected day, month, year or reported'),
	/** How a date that the source does not state outright was worked out. */
	derivation: v.optional(text('derivation')),
});

export const CitationSchema = v.strictObject({
	/** Id of an entry in `sources`. */
	source: id,
	/** Paragraph number, counted from 1. */
	paragraph: v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(1, 'expected a paragraph number from 1')),
	/** Words that appear verbatim in that paragraph. */
	quote: text('quote'),
});

export const SourceSchema = v.strictObject({
	id,
	outlet: text('outlet'),
	headline: text('headline'),
	/** Publication date, YYYY-MM-DD. */
	published: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')),
	url: v.optional(v.string()),
	byline: v.optional(v.string()),
	/** The article body, one string per paragraph, verbatim. */
	paragraphs: v.pipe(v.array(v.string()), v.minLength(1, 'expected at least one paragraph')),
});

/** Where Massachusetts stood on the program at the time of an event. */
export const stances = ['undecided', 'joining', 'refusing'] as const;

export const EventSchema = v.strictObject({
	id,
	date: DateSchema,
	headline: text('headline'),
	summary: v.string(),
	actors: v.optional(v.array(v.string()), []),
	tags: v.optional(v.array(v.string()), []),
	stance: v.optional(v.picklist(stances, 'expected undecided, joining or refusing')),
	/** Text of the event itself, shown when it has no source article (imported timelines). */
	body: v.optional(v.array(v.string())),
	citations: v.optional(v.array(CitationSchema), []),
});

export const ClaimSchema = v.strictObject({
	/** Id of an entry in `topics`. */
	topic: id,
	text: text('claim'),
	citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'expected at least one citation')),
});

export const StatementSchema = v.strictObject({
	id,
	title: text('title'),
	speaker: v.optional(v.string()),
	date: DateSchema,
	claims: v.array(ClaimSchema),
});

export const TopicSchema = v.strictObject({id, label: text('label')});

export const TimelineSchema = v.strictObject({
	$schema: v.optional(v.string()),
	format: v.literal('sc-timeline/1', 'expected "sc-timeline/1"'),
	title: text('title'),
	description: v.optional(v.string()),
	/** Editorial notes on how the data was built from its sources. */
	notes: v.optional(v.array(v.string()), []),
	sources: v.optional(v.array(SourceSchema), []),
	events: v.array(EventSchema),
	topics: v.optional(v.array(TopicSchema), []),
	statements: v.optional(v.array(StatementSchema), []),
	/** The pair of statements the compare view opens with: [earlier, later]. */
	comparison: v.optional(v.tuple([id, id])),
});

export type TimelineDate = v.InferOutput<typeof DateSchema>;
export type Precision = TimelineDate['precision'];
export type Citation = v.InferOutput<typeof CitationSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Stance = (typeof stances)[number];
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Timeline = v.InferOutput<typeof TimelineSchema>;
