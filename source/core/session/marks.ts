/**
 * Marks and the jump list. `m` and a letter marks the selected event, `'` and the letter returns
 * to it; marks are kept between runs per timeline file (`marks.json` in the state directory, see
 * state-file.ts). Ctrl-O and Ctrl-I walk back and forth through the events jumped from, as in vim.
 * Events are named by id, so a mark survives the file being edited and re-sorted.
 */
import path from 'node:path';
import {bundledName} from '../load/bundled-story.js';
import {readStateFile, stateDirectory, updateStateFile} from './state-file.js';

/** Letter → event id. */
export type Marks = Readonly<Record<string, string>>;
type MarksJson = {version: 1; timelines: Record<string, Record<string, string>>};

export function marksFile(directory = stateDirectory()): string {
	return path.join(directory, 'marks.json');
}

const isMarkLetter = (key: string) => /^[a-zA-Z]$/.test(key);

function parseMarks(json: unknown): MarksJson | undefined {
	const value = json as MarksJson;
	if (typeof value !== 'object' || value === null || value.version !== 1 || typeof value.timelines !== 'object' || value.timelines === null) return undefined;
	for (const marks of Object.values(value.timelines)) {
		if (typeof marks !== 'object' || marks === null) return undefined;
		if (!Object.entries(marks).every(([key, id]) => isMarkLetter(key) && typeof id === 'string')) return undefined;
	}
	return value;
}

/**
 * The key a timeline's marks are kept under: a file's absolute path; a name that is not a path
 * (the bundled story's) as it is, so its marks are the same whichever folder the explorer starts in.
 */
export function marksKey(timelineFile: string): string {
	return timelineFile === bundledName ? timelineFile : path.resolve(timelineFile);
}

/** Timelines whose marks are kept: the most recently marked, so the file stays small. */
export const maxMarkedTimelines = 1000;

/** The marks of one timeline file (by its absolute path), and a message when the file was set aside. */
export function readMarks(timelineFile: string, file = marksFile()): {marks: Marks; message?: string} {
	const read = readStateFile(file, 'marks', parseMarks);
	const marks = read.value?.timelines[marksKey(timelineFile)] ?? {};
	return {marks, ...(read.message === undefined ? {} : {message: read.message})};
}

/**
 * Saves one timeline's marks, keeping the other timelines'; a one-line message on failure. Only
 * the letters changed since `base` (the marks read or last written) are this process's: the rest
 * come from the file as it is now, so marks another explorer set meanwhile are kept.
 */
export function writeMarks(timelineFile: string, marks: Marks, file = marksFile(), base: Marks = {}): string | undefined {
	const key = marksKey(timelineFile);
	const changed = Object.fromEntries(Object.entries(marks).filter(([letter, id]) => base[letter] !== id));
	return updateStateFile(file, 'marks', parseMarks, current => {
		const others = Object.entries(current?.timelines ?? {}).filter(([other]) => other !== key);
		// The timeline just marked goes last: the oldest are dropped first past the cap.
		const mine = {...current?.timelines[key], ...changed};
		return {version: 1, timelines: Object.fromEntries([...others.slice(-(maxMarkedTimelines - 1)), [key, mine]])};
	});
}

/** The marks with `letter` set to `eventId`; other keys are not marks and change nothing. */
export function setMark(marks: Marks, letter: string, eventId: string): Marks {
	return isMarkLetter(letter) ? {...marks, [letter]: eventId} : marks;
}

/** Event ids jumped from, oldest first; `at` is the position while walking back (entries.length when not). */
export type JumpList = {entries: readonly string[]; at: number};

export const emptyJumps: JumpList = {entries: [], at: 0};
const maxJumps = 100;

/** A jump from event `from`: recorded (dropping anything ahead of a walk back), the oldest lost past 100. */
export function recordJump(list: JumpList, from: string): JumpList {
	const kept = list.entries.slice(0, list.at).filter(id => id !== from);
	const entries = [...kept, from].slice(-maxJumps);
	return {entries, at: entries.length};
}

/** Ctrl-O from event `current`: the event to go back to, if any. The current one joins the list so Ctrl-I returns to it. */
export function jumpBack(list: JumpList, current: string): {list: JumpList; target?: string} {
	let {entries, at} = list;
	if (at >= entries.length) {
		if (entries.at(-1) !== current) entries = [...entries, current];
		at = entries.length - 1;
	}
	if (at === 0) return {list: {entries, at}};
	return {list: {entries, at: at - 1}, target: entries[at - 1]!};
}

/** Ctrl-I: the event after the current position in the list, if a walk back left one. */
export function jumpForward(list: JumpList): {list: JumpList; target?: string} {
	if (list.at >= list.entries.length - 1) return {list};
	const at = list.at + 1;
	return {list: {entries: list.entries, at}, target: list.entries[at]!};
}
