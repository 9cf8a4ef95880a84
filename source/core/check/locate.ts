/**
 * Line and column for a key path, from a JSON parser that keeps positions (jsonc-parser). Loaded
 * only when a file has a problem to place: a valid file is read by JSON.parse alone, and other
 * commands never load this (it is its own file in the build, dist/locate.cjs).
 */
import {visit} from 'jsonc-parser';
import {lineIndex, readJson} from '../load/json-syntax.js';
import {parsePath, type Finding, type KeyPath, type Problem} from './problem.js';

/**
 * Every syntax problem in a JSON text, in file order: each error (the loader names the first, in
 * the same words, as both read the text with ./json-syntax.ts) and, as warnings, each comment and
 * trailing comma, which are read as JavaScript reads them.
 */
export function syntaxProblems(text: string, file: string): Problem[] {
	const {errors, allowances} = readJson(text);
	const at = lineIndex(text);
	return [
		...errors.map(({offset, message}): Problem => ({file, ...at(offset), severity: 'error', rule: 'syntax', message})),
		...allowances.map(({offset, message}): Problem => ({file, ...at(offset), severity: 'warning', rule: 'javascript-syntax', message})),
	].sort((x, y) => x.line - y.line || x.column - y.column);
}

/** A key path as one string, for looking up: keys joined by a character no key in a timeline holds. */
const pathKey = (path: KeyPath): string => path.map(key => `\u0000${key}`).join('');

type Frame = {array: boolean; path: string; key: string | number};

/**
 * Where each of the `wanted` paths starts in `text`: its value, and (under `PATH\u0001`) its
 * property name. One pass of the parser's event visitor, which builds no tree: about four times
 * faster than parsing to a tree on a large file. A key given twice is placed at the last, the
 * one JSON.parse keeps.
 */
function offsets(text: string, wanted: ReadonlySet<string>): Map<string, number> {
	const found = new Map<string, number>();
	const stack: Frame[] = [];
	const valueAt = (offset: number): string => {
		const top = stack.at(-1);
		const path = top === undefined ? '' : `${top.path}\u0000${top.key}`;
		if (wanted.has(path)) found.set(path, offset);
		return path;
	};
	visit(
		text,
		{
			onObjectBegin: offset => void stack.push({array: false, path: valueAt(offset), key: ''}),
			onArrayBegin: offset => void stack.push({array: true, path: valueAt(offset), key: 0}),
			onObjectEnd: () => void stack.pop(),
			onArrayEnd: () => void stack.pop(),
			onLiteralValue: (_, offset) => void valueAt(offset),
			onObjectProperty(name, offset) {
				const top = stack.at(-1)!;
				top.key = name;
				const path = `${top.path}\u0000${name}\u0001`;
				if (wanted.has(path)) found.set(path, offset);
			},
			onSeparator(separator) {
				const top = stack.at(-1);
				if (separator === ',' && top?.array) top.key = (top.key as number) + 1;
			},
		},
		{disallowComments: false, allowTrailingComma: true},
	);
	return found;
}

/**
 * Places findings in a text that parses: each at its value, at the property name for an unknown
 * field, or, for a missing field, at the object that lacks it (the nearest place on its path).
 */
export function placeFindings(text: string, file: string, findings: Finding[]): Problem[] {
	const wanted = new Set<string>();
	for (const {path, target} of findings) {
		for (let length = 0; length <= path.length; length++) wanted.add(pathKey(path.slice(0, length)));
		if (target === 'key') wanted.add(`${pathKey(path)}\u0001`);
	}
	const found = offsets(text, wanted);
	const at = lineIndex(text);
	return findings.map(({path, target, ...rest}) => {
		let offset = target === 'key' ? found.get(`${pathKey(path)}\u0001`) : undefined;
		for (let length = path.length; offset === undefined && length >= 0; length--) offset = found.get(pathKey(path.slice(0, length)));
		return {file, ...at(offset ?? 0), ...rest};
	});
}

/**
 * A loader message `FILE: PATH: message` with the line and column of PATH in `text`:
 * `FILE:LINE:COLUMN: PATH: message`. Given back unchanged when it names no path.
 */
export function withPosition(message: string, file: string, text: string): string {
	if (!message.startsWith(`${file}: `)) return message;
	const rest = message.slice(file.length + 2);
	const colon = rest.indexOf(': ');
	const path = colon === -1 ? undefined : parsePath(rest.slice(0, colon));
	if (path === undefined || path.length === 0) return message;
	const unknownField = rest.slice(colon + 2).startsWith('unknown field');
	const [placed] = placeFindings(text, file, [{path, target: unknownField ? 'key' : 'value', severity: 'error', rule: '', message: ''}]);
	return placed ? `${file}:${placed.line}:${placed.column}: ${rest}` : message;
}
