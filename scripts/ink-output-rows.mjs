/**
 * A faster way for Ink's Output to assemble a frame, installed into the bundle by scripts/build.mjs.
 *
 * Ink 6.8 builds every frame cell by cell: a grid of width × height cell objects, every line
 * tokenised into styled cells, then each row turned back into a string. At 160×50 that is 8,000
 * objects and most of a key press's time (about 8 ms a frame, and the garbage collection after it).
 *
 * The explorer's frames are rows of pre-styled lines placed side by side, none overlapping, none
 * clipped, none wider than the frame. For such a frame each row is its lines joined with spaces
 * for the gaps, which is what the cell grid comes to. Any other frame (a clip, an overlap, a line
 * past an edge) goes through Ink's own `get`. Each line's styles must be closed within it, as
 * chalk's are; data from timeline files holds no escape characters (they are sanitised).
 *
 * Line widths are remembered across frames: a frame mostly repeats the lines of the one before,
 * and measuring a line with a curly quote or a dash segments it into graphemes.
 */
import stringWidth from 'string-width';

const widths = new Map();
/** Enough for several screens of lines at any size; forgotten all at once when full. */
const rememberedWidths = 20_000;

/** `stringWidth(line)`, remembered. */
export function lineWidth(line) {
	let width = widths.get(line);
	if (width === undefined) {
		if (widths.size >= rememberedWidths) widths.clear();
		width = stringWidth(line);
		widths.set(line, width);
	}
	return width;
}

/** The widest line's width: widest-line's API, which Ink calls for every text node of every frame. */
export function widestLine(text) {
	let widest = 0;
	for (const line of text.split('\n')) widest = Math.max(widest, lineWidth(line));
	return widest;
}

/**
 * Wraps `Output.prototype.get` (Ink's build/output.js) with the row fast path. `get` returns
 * `{output, height}`: the rows joined with newlines, each with trailing spaces removed, as Ink's does.
 */
export function withRowFastPath(Output) {
	const cellByCell = Output.prototype.get;
	if (typeof cellByCell !== 'function') throw new Error('Ink changed: Output.prototype.get is missing');
	Output.prototype.get = function get() {
		const rows = joinRows(this);
		return rows === undefined ? cellByCell.call(this) : {output: rows.join('\n'), height: this.height};
	};
}

/** The frame's rows as strings, or undefined when the frame needs Ink's cell-by-cell assembly. */
function joinRows(output) {
	const {width, height, operations} = output;
	/** For each row, its lines: [x, text, width], in the order written. */
	const rows = Array.from({length: height}, () => []);
	for (const operation of operations) {
		if (operation.type !== 'write') return undefined;
		const lines = operation.text.split('\n');
		for (let index = 0; index < lines.length; index++) {
			const y = operation.y + index;
			if (y < 0) return undefined;
			if (y >= height) break;
			let line = lines[index];
			for (const transformer of operation.transformers) line = transformer(line, index);
			const columns = lineWidth(line);
			if (operation.x < 0 || operation.x + columns > width) return undefined;
			if (columns > 0) rows[y].push([operation.x, line, columns]);
		}
	}
	const out = [];
	for (const row of rows) {
		if (row.length > 1) row.sort((a, b) => a[0] - b[0]);
		let text = '';
		let end = 0;
		for (const [x, line, columns] of row) {
			if (x < end) return undefined;
			text += ' '.repeat(x - end) + line;
			end = x + columns;
		}
		out.push(text.trimEnd());
	}
	return out;
}
