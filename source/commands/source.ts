/**
 * `sc-timeline source ARTICLE.txt`: a plain-text article as a source object for a timeline file,
 * paragraphs verbatim, on stdout as JSON. What was removed (page chrome, a repeated paragraph,
 * the headline line) and what was guessed (headline, date) is listed on stderr.
 */
import path from 'node:path';
import type {Command} from './context.js';
import {UserError} from '../core/model/errors.js';
import {quoteInput, shownFile} from '../core/text/sanitize.js';
import {likelyHeadline, readArticle} from '../core/authoring/capture.js';
import {firstDate, isoDate, slug, sourceObject} from '../core/authoring/source-object.js';
import {jsonText} from '../core/format/output-text.js';
import {readText} from '../core/load/text-file.js';
import {idPattern} from '../core/model/schema.js';

const unicodeIdPattern = new RegExp(idPattern, 'u');

export const source: Command = ({args, options = {}, out, warn}) => {
	const [file, extra] = args;
	if (file === undefined) throw new UserError('source needs a plain-text article, e.g. sc-timeline source article.txt (see sc-timeline --help)', 2);
	if (extra !== undefined) throw new UserError(`source takes one file, got also "${quoteInput(extra)}" (see sc-timeline --help)`, 2);
	const {text} = readText(file, shownFile(file), {expected: 'a text file', textOnly: true});
	const given = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
	const published = given('published') === undefined ? firstDate(text) : isoDate(given('published')!);
	if (published === undefined && given('published') !== undefined) throw new UserError(`--published expects YYYY-MM-DD or a date such as "June 6, 2011", got "${quoteInput(given('published')!)}"`, 2);
	const headline = given('headline') ?? likelyHeadline(text);
	const outlet = given('outlet') ?? '';
	const drop = Array.isArray(options['drop']) ? (options['drop'] as string[]) : [];
	const article = readArticle(text, {drop, headline});
	if (article.paragraphs.length === 0) throw new UserError(`${shownFile(file)}: no article text left after removing page chrome`);

	const id = given('id') ?? slug(outlet !== '' && published !== undefined ? `${outlet} ${published}` : path.basename(file, path.extname(file)));
	if (!unicodeIdPattern.test(id)) {
		if (given('id') === undefined) throw new UserError(`${shownFile(file)}: no id can be made from its name; give --id, such as wbur-2011-06-06`, 2);
		throw new UserError(`--id expects lower-case letters, digits and hyphens, such as wbur-2011-06-06, got "${quoteInput(id)}"`, 2);
	}
	const shown = shownFile(file);
	for (const item of article.removed) warn(`${shown}:${item.line}: removed ${item.why}: "${quoteInput(item.text, 60)}"`);
	if (given('headline') === undefined) warn(headline === undefined ? 'headline: not found; fill it in, or give --headline' : `headline: taken from the first line: "${quoteInput(headline, 60)}"`);
	if (given('published') === undefined)
		warn(published === undefined ? 'published: no date found; fill it in, or give --published' : `published: ${published}, the first date in the article; give --published to change it`);
	if (outlet === '') warn('outlet: not given; fill it in, or give --outlet');
	out(jsonText(sourceObject({id, outlet, headline: headline ?? '', published: published ?? ''}, article.paragraphs)));
	return 0;
};
