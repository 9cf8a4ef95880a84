/**
 * Copying to the clipboard the way that works over ssh and inside tmux (with `set-clipboard on`):
 * an OSC 52 sequence written to the terminal, which hands the text to the system clipboard. What
 * is copied is Markdown built from the sanitised timeline, and checked again here, so a data file
 * can never put a control character into the user's clipboard (and from there into a shell).
 */
import type {Timeline, TimelineEvent} from '../model/schema.js';
import {resolveCitations, sourceLine} from '../format/citation.js';
import {eventMarkdown} from '../format/event-card.js';
import {escapeMarkdown} from '../format/markdown-escape.js';
import {sanitize} from '../text/sanitize.js';

/** A copy the reducer asks for (`y`, `Y`): the text, and a serial that changes with each one, so copying the same text twice writes it twice. */
export type CopyRequest = {text: string; serial: number};

/**
 * Terminals cap what they accept in one sequence (xterm's default and tmux's buffer are around
 * 100 kB of base64): a longer copy is refused with a message rather than silently cut.
 */
export const maxCopyBytes = 74_000;

/** Whether to send OSC 52 at all: only to a terminal, and never to one that says it is dumb. */
export function canCopy({isTTY, env}: {isTTY: boolean | undefined; env: Record<string, string | undefined>}): boolean {
	return isTTY === true && env['TERM'] !== 'dumb';
}

/** Text made safe for the clipboard: line breaks kept, every other control character shown inert. */
export function clipboardText(text: string): string {
	return text
		.replaceAll('\r\n', '\n')
		.split('\n')
		.map(line => sanitize(line))
		.join('\n');
}

/** The OSC 52 sequence that puts `text` (made safe first) on the clipboard; undefined when it is too long. */
export function osc52(text: string): string | undefined {
	const bytes = Buffer.from(clipboardText(text), 'utf8');
	if (bytes.length > maxCopyBytes) return undefined;
	return `\u001B]52;c;${bytes.toString('base64')}\u0007`;
}

/** `y`: the current citation of an event as Markdown, the quote then the line that credits its source. Undefined when it has none. */
export function citationMarkdown(timeline: Timeline, event: TimelineEvent, citation = 0): string | undefined {
	const resolved = resolveCitations(timeline, event.citations)[citation];
	if (resolved === undefined) return undefined;
	return clipboardText(`> ${escapeMarkdown(resolved.citation.quote, {lineStart: true})}\n>\n> — ${escapeMarkdown(sourceLine(resolved))}\n`);
}

/** `Y`: the whole event as `show --format markdown` prints it. */
export function eventCopyMarkdown(timeline: Timeline, event: TimelineEvent): string {
	return clipboardText(`${eventMarkdown(timeline, event).join('\n')}\n`);
}

/** The status line after a copy: what went to the clipboard and how big it is. */
export function copyStatus(what: 'citation' | 'event', text: string | undefined): string {
	if (text === undefined) return what === 'citation' ? 'Nothing to copy: this event cites no source' : 'Nothing to copy';
	if (osc52(text) === undefined) return `Not copied: the ${what} is too long for the terminal's clipboard`;
	const lines = text.trimEnd().split('\n').length;
	return `Copied the ${what} as Markdown (${lines} ${lines === 1 ? 'line' : 'lines'})`;
}
