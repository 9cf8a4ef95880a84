/**
 * The sc-timeline file format, as one valibot schema. The loader validates with it and
 * `data/schema.json` is generated from it (`npm run schema`), so the two cannot drift. Every field
 * carries a description, which the generator copies into the JSON Schema for editors to show.
 */
import * as v from 'valibot';
import {idPattern, isId} from './id.js';

export {idPattern};

const about = v.description;
const text = (what: string) => v.pipe(v.string(), v.minLength(1, `expected a non-empty ${what}`));
const id = v.pipe(
	v.string(),
	// Letters of any script (lower case where the script has case), digits and dashes: `instalación-del-equipo`, `взрыв`.
	// The ASCII test first: it is most ids, and a Unicode-property pattern costs several times more at 100,000 events.
	v.check(isId, 'expected an id of lower-case letters, digits and dashes'),
	v.maxLength(80, 'expected an id of at most 80 characters'),
	about('Stable identifier: lower-case letters of any script, digits and dashes.'),
);
/** Fields of an imported TimelineJS object that the model has no place for, kept to be written back on export. */
const extra = v.optional(v.pipe(v.record(v.string(), v.unknown()), about('TimelineJS fields with no place in this model (such as background or autolink), carried through unchanged to export.')));

/** How precisely a date is known. `reported` means "no date given; known to have happened by this publication date". */
export const precisions = ['day', 'month', 'year', 'reported'] as const;

export const DateSchema = v.pipe(
	v.strictObject({
		value: v.pipe(
			v.string(),
			v.regex(/^-?\d{1,12}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD (a year may be negative or longer)'),
			about('ISO date cut to its precision: `2010-12-17`, `2008-10`, `2013`, `-138` (138 BC), `-13800000000` (cosmological); `reported` uses a full day.'),
		),
		precision: v.pipe(
			v.picklist(precisions, 'expected day, month, year or reported'),
			about('How precisely the date is known: day, month, year, or reported (only known to have happened by this publication date).'),
		),
		time: v.optional(
			v.pipe(
				v.string(),
				v.regex(/^([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,3})?)?)?$/, 'expected a time HH, HH:MM, HH:MM:SS or HH:MM:SS.mmm'),
				about('Time of day, to the hour, minute, second or millisecond: `09`, `09:05`, `18:30:15`. Only with day precision.'),
			),
		),
		display: v.optional(v.pipe(v.string(), about('The author\'s own text for this date ("Between 1678-1680"), shown in place of the computed label.'))),
		/** How a date that the source does not state outright was worked out. */
		derivation: v.optional(v.pipe(text('derivation'), about('How a date that the source does not state outright was worked out.'))),
		extra,
	}),
	about('A date at the precision the source gives it.'),
);

export const MediaSchema = v.pipe(
	v.strictObject({
		url: v.pipe(v.string(), about('Where the picture, video, map, quote or page is: a URL, or for some kinds embed code.')),
		caption: v.optional(v.pipe(v.string(), about('Caption shown under the media.'))),
		credit: v.optional(v.pipe(v.string(), about('Who made or owns the media.'))),
		alt: v.optional(v.pipe(v.string(), about('Text alternative for readers who cannot see the media.'))),
		title: v.optional(v.pipe(v.string(), about('Title of the media (the HTML title attribute).'))),
		thumbnail: v.optional(v.pipe(v.string(), about('URL of a small image standing for the media.'))),
		link: v.optional(v.pipe(v.string(), about('URL the media links to when clicked.'))),
		linkTarget: v.optional(v.pipe(v.string(), about('Where that link opens (TimelineJS link_target, e.g. `_blank`).'))),
		text: v.optional(
			v.pipe(v.string(), about("What embed code in `url` shows as words (a blockquote's quote, a post's text), as plain text; the importer reads it from `url`, and export writes `url` alone.")),
		),
		extra,
	}),
	about('A picture, video, sound or page shown with an event, era or the title slide.'),
);

export const CitationSchema = v.pipe(
	v.strictObject({
		source: v.pipe(id, about('Id of an entry in `sources`.')),
		paragraph: v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(1, 'expected a paragraph number from 1'), about('Paragraph number, counted from 1.')),
		quote: v.pipe(text('quote'), about('Words that appear verbatim in that paragraph.')),
	}),
	about('Where in a source article an event or claim is stated.'),
);

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
/** Whether `value` is a `YYYY-MM-DD` day the calendar has (not 2011-02-30): the date read back as it was written. */
const isCalendarDay = (value: string) => {
	if (!dayPattern.test(value)) return false;
	const time = Date.parse(`${value}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().startsWith(`${value}T`);
};

/** The pattern the published JSON Schema gives for a check that is a function at run time (it has no calendar, nor an ASCII test first). */
export function checkPattern(check: unknown): string | undefined {
	if (check === isId) return idPattern;
	return check === isCalendarDay ? dayPattern.source : undefined;
}

export const SourceSchema = v.pipe(
	v.strictObject({
		id,
		outlet: v.pipe(text('outlet'), about('Who published the article.')),
		headline: v.pipe(text('headline'), about("The article's headline.")),
		published: v.pipe(
			v.string(),
			// One problem at a time: a date not written YYYY-MM-DD is not also said to be no calendar date.
			v.check(isCalendarDay, issue => (dayPattern.test(String(issue.input)) ? `${String(issue.input)} is not a calendar date` : 'expected YYYY-MM-DD')),
			about('Publication date, YYYY-MM-DD.'),
		),
		url: v.optional(v.pipe(v.string(), about('Where the article is published.'))),
		byline: v.optional(v.pipe(v.string(), about("The article's authors."))),
		paragraphs: v.pipe(v.array(v.string()), v.minLength(1, 'expected at least one paragraph'), about('The article body, one string per paragraph, verbatim.')),
	}),
	about('A source article, quoted by citations.'),
);

/** Where Massachusetts stood on the program at the time of an event. */
export const stances = ['undecided', 'joining', 'refusing'] as const;

const headline = (what: string) => v.pipe(text('headline'), about(`Headline of the ${what}. Links inside text are written [label](url).`));

export const EventSchema = v.pipe(
	v.strictObject({
		id,
		date: DateSchema,
		end: v.optional(v.pipe(DateSchema, about('End of a date range: the event lasts from `date` to `end`.'))),
		display: v.optional(v.pipe(v.string(), about('The author\'s own text for the whole date or range ("Between 1678-1680"), shown in place of the computed label.'))),
		headline: headline('event'),
		untitled: v.optional(v.pipe(v.literal(true), about('The imported event had no headline: this one was made from its text or media, and export leaves it out.'))),
		summary: v.pipe(v.string(), about('One paragraph saying what happened.')),
		actors: v.optional(v.pipe(v.array(v.string()), about('People and bodies involved, for filtering.')), []),
		tags: v.optional(v.pipe(v.array(v.string()), about('Subjects, for filtering.')), []),
		group: v.optional(v.pipe(v.string(), about('The TimelineJS group (row) the event belongs to, for filtering.'))),
		stance: v.optional(v.pipe(v.picklist(stances, 'expected undecided, joining or refusing'), about('Where Massachusetts stood on the program at the time of the event.'))),
		body: v.optional(
			v.pipe(v.array(v.string()), about('Text of the event itself, one string per paragraph, shown when it has no source article (imported timelines). Links are written [label](url).')),
		),
		media: v.optional(MediaSchema),
		citations: v.optional(v.pipe(v.array(CitationSchema), about('Where the sources state the event.')), []),
		extra,
	}),
	about('One dated event.'),
);

export const EraSchema = v.pipe(
	v.strictObject({
		headline: v.optional(v.pipe(v.string(), about('Name of the era.'))),
		text: v.optional(v.pipe(v.array(v.string()), about('Text of the era, one string per paragraph.'))),
		start: DateSchema,
		end: DateSchema,
		extra,
	}),
	about('A named span of time shown behind the events (a reign, a war, a term of office).'),
);

export const ClaimSchema = v.pipe(
	v.strictObject({
		topic: v.pipe(id, about('Id of an entry in `topics`.')),
		text: v.pipe(text('claim'), about('What was claimed, in a sentence.')),
		citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'expected at least one citation'), about('Where the claim is stated.')),
	}),
	about('One claim of a statement, on one topic.'),
);

export const StatementSchema = v.pipe(
	v.strictObject({
		id,
		title: v.pipe(text('title'), about('Name of the statement.')),
		speaker: v.optional(v.pipe(v.string(), about('Who made it.'))),
		date: DateSchema,
		claims: v.pipe(v.array(ClaimSchema), about('The statement split into claims by topic.')),
	}),
	about('A statement the compare view contrasts with another.'),
);

export const TopicSchema = v.pipe(v.strictObject({id, label: v.pipe(text('label'), about('How the topic is named on screen.'))}), about('A topic that claims are aligned by.'));

export const TitleSlideSchema = v.pipe(
	v.strictObject({media: v.optional(MediaSchema), extra}),
	about('What the TimelineJS title slide holds beyond the title and description: its media and other fields.'),
);

export const TimelineSchema = v.pipe(
	v.strictObject({
		$schema: v.optional(v.pipe(v.string(), about('This schema, for editors.'))),
		format: v.pipe(v.literal('sc-timeline/1', 'expected "sc-timeline/1"'), about('Always "sc-timeline/1".')),
		title: v.pipe(text('title'), about('Title of the timeline.')),
		description: v.optional(v.pipe(v.string(), about('A paragraph introducing the timeline.'))),
		titleSlide: v.optional(TitleSlideSchema),
		untitled: v.optional(v.pipe(v.literal(true), about('The imported timeline had no title: the one shown is made up, and export leaves it out.'))),
		scale: v.optional(v.pipe(v.picklist(['human', 'cosmological'], 'expected human or cosmological'), about('TimelineJS scale: cosmological for years in millions and billions.'))),
		notes: v.optional(v.pipe(v.array(v.string()), about('Editorial notes on how the data was built from its sources.')), []),
		sources: v.optional(v.pipe(v.array(SourceSchema), about('Source articles, quoted by citations.')), []),
		events: v.pipe(v.array(EventSchema), about('The events, in any order; shown in date order.')),
		eras: v.optional(v.pipe(v.array(EraSchema), about('Named spans of time.'))),
		topics: v.optional(v.pipe(v.array(TopicSchema), about('Topics that claims are aligned by.')), []),
		statements: v.optional(v.pipe(v.array(StatementSchema), about('Statements for the compare view.')), []),
		comparison: v.optional(v.pipe(v.tuple([id, id]), about('The pair of statements the compare view opens with: [earlier, later].'))),
		extra,
	}),
	about('A timeline: events with their dates, text and sources.'),
);

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
export type Media = v.InferOutput<typeof MediaSchema>;
export type Era = v.InferOutput<typeof EraSchema>;
