/**
 * The parts of an event's text that every view and printed output shows the same way: its own
 * paragraphs (links as `label <url>`) and its media as text lines, `▣ caption — credit` then the URL.
 */
import type {Media, TimelineEvent} from './schema.js';
import {linkLabels, plainLinks} from '../load/html-text.js';

/** The media mark, a glyph so a media line stands out without colour. */
export const mediaMark = '▣';

/**
 * The URL embed code embeds, as a browser reads it (`&amp;` is `&`): a blockquote's last link (a
 * post's own address follows its words), else the first URL (an iframe's source).
 */
function embedded(code: string): string | undefined {
	const quote = /^\s*<blockquote/i.test(code);
	// A post's code ends with its script (`<script src=…widgets.js>`): the post is in the blockquote.
	const end = quote ? code.search(/<\/blockquote>/i) : -1;
	const urls = (end === -1 ? code : code.slice(0, end)).match(/https?:\/\/[^\s"'<>]+/g) ?? [];
	const url = quote ? urls.at(-1) : urls[0];
	return url?.replace(/&(amp|#38|#x26);/gi, '&');
}

/**
 * What a media line is made of: `label`, the caption and credit (`caption — credit`, links written
 * `[label](url)`; else the media's title, alt text or kind); `relative`, a URL relative to the page
 * the timeline is published on (`assets/1847.jpg`, the usual case on a newsroom's own site), shown
 * beside the label; `text`, the words embed code shows; `url`, the address (for embed code, the one
 * it embeds); `link`, where the media links, when that is another.
 */
export type MediaParts = {label: string; relative?: string; text?: string; url?: string; link?: string};

export function mediaParts(media: Media): MediaParts {
	const label = [media.caption, media.credit].filter(part => part !== undefined && part !== '').join(' — ');
	const parts: MediaParts = {label: label || media.title || media.alt || (media.text === undefined ? 'media' : 'quote')};
	const trimmed = media.url.trim();
	if (/^[^\s"'<>:]+$/.test(trimmed) && !trimmed.startsWith('//')) parts.relative = trimmed;
	if (media.text !== undefined && media.text !== '') parts.text = media.text;
	const url = /^[a-z][\w+.-]*:\/\/\S+$/i.test(trimmed) ? trimmed : embedded(media.url);
	if (url !== undefined) parts.url = url;
	if (media.link !== undefined && media.link !== url) parts.link = media.link;
	return parts;
}

/** `▣ caption — credit` (the kind of media when it has neither), then the words embed code shows, its URL and `→ link`; empty parts left out. A relative URL goes on the first line: `▣ caption — credit <assets/1847.jpg>`. */
export function mediaLines(media: Media | undefined): string[] {
	if (media === undefined) return [];
	const {label, relative, text, url, link} = mediaParts(media);
	const lines = [`${mediaMark} ${plainLinks(label)}${relative === undefined ? '' : ` <${relative}>`}`];
	if (text !== undefined) lines.push(linkLabels(text));
	if (url !== undefined) lines.push(url);
	if (link !== undefined) lines.push(`→ ${link}`);
	return lines;
}

/** The event's own paragraphs for plain output (links as `label <url>`), then its media lines. */
export function eventTextParagraphs(event: TimelineEvent): string[] {
	const paragraphs = event.body !== undefined && event.body.length > 0 ? event.body : event.summary === '' ? [] : [event.summary];
	return [...paragraphs.map(plainLinks), ...mediaLines(event.media)];
}
