/**
 * Reads styled terminal output as a terminal would, to check that styling never runs past where
 * it belongs: the SGR state (colours, bold, dim, italic, underline, strike, inverse) at every line
 * end, and the attributes each divider cell is drawn with. Written apart from the product's own
 * painter, so a test of one is not the other checking itself.
 */

export type SgrState = {
	fg?: string;
	bg?: string;
	bold?: true;
	dim?: true;
	italic?: true;
	underline?: true;
	inverse?: true;
	strike?: true;
};

/** Applies one SGR sequence's parameters (`31;9`, `38;5;208`, or empty for a reset) to `state`. */
function apply(state: SgrState, params: string): void {
	const parts = params === '' ? ['0'] : params.split(/[;:]/);
	for (let index = 0; index < parts.length; index++) {
		const code = Number(parts[index] || 0);
		if (code === 0) for (const key of Object.keys(state)) delete state[key as keyof SgrState];
		else if (code === 38 || code === 48) {
			const key = code === 38 ? 'fg' : 'bg';
			const mode = parts[index + 1];
			const count = mode === '5' ? 1 : mode === '2' ? 3 : 0;
			state[key] = parts.slice(index, index + 2 + count).join(';');
			index += 1 + count;
		} else if (code === 39) delete state.fg;
		else if (code === 49) delete state.bg;
		else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) state.fg = String(code);
		else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) state.bg = String(code);
		else if (code === 1) state.bold = true;
		else if (code === 2) state.dim = true;
		else if (code === 22) {
			delete state.bold;
			delete state.dim;
		} else if (code === 3) state.italic = true;
		else if (code === 23) delete state.italic;
		else if (code === 4 || code === 21) state.underline = true;
		else if (code === 24) delete state.underline;
		else if (code === 7) state.inverse = true;
		else if (code === 27) delete state.inverse;
		else if (code === 9) state.strike = true;
		else if (code === 29) delete state.strike;
	}
}

export type StyledCell = {char: string; state: SgrState};

/** The output as lines of cells, each character with the state it is drawn in, and the state left open at each line's end. */
export function readCells(output: string): {cells: StyledCell[]; openAtEnd: SgrState; text: string}[] {
	const state: SgrState = {};
	const lines: {cells: StyledCell[]; openAtEnd: SgrState; text: string}[] = [];
	let cells: StyledCell[] = [];
	const token = /\u001B\[([0-9;:]*)m|\u001B\[[0-9;?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B.|(\r?\n)|([\s\S])/gu;
	for (const match of output.matchAll(token)) {
		if (match[1] !== undefined) apply(state, match[1]);
		else if (match[2] !== undefined) {
			lines.push({cells, openAtEnd: {...state}, text: cells.map(cell => cell.char).join('')});
			cells = [];
		} else if (match[3] !== undefined) cells.push({char: match[3], state: {...state}});
	}
	lines.push({cells, openAtEnd: {...state}, text: cells.map(cell => cell.char).join('')});
	return lines;
}

/** Characters that divide or rule: pane borders, the side-by-side gutter, the quote bar, rules. */
export const dividerChars = new Set([...'│┃╎┆─━┬┴┼├┤┌┐└┘╭╮╰╯']);

/**
 * What a divider may be drawn with: bold, dim and the accent colour (cyan) that rules and the
 * quote bar are given. Never a word's marks: underline, strike, inverse, a background, or another
 * colour.
 */
function dividerProblem(state: SgrState): string | undefined {
	const wrong = Object.entries(state).filter(([key, value]) => !(key === 'bold' || key === 'dim' || (key === 'fg' && value === '36')));
	return wrong.length === 0 ? undefined : wrong.map(([key, value]) => (value === true ? key : `${key}=${value}`)).join(',');
}

/**
 * Every place `output` lets style run on: a line that ends with a style open, or a divider cell
 * drawn with a word's marks. Each problem names the line, so a failure shows where.
 */
export function styleLeaks(output: string): string[] {
	const problems: string[] = [];
	for (const [index, line] of readCells(output).entries()) {
		const open = Object.keys(line.openAtEnd);
		if (open.length > 0) problems.push(`line ${index + 1} ends with ${open.join(',')} open: ${JSON.stringify(line.text.slice(-50))}`);
		for (const [column, cell] of line.cells.entries()) {
			if (!dividerChars.has(cell.char)) continue;
			const problem = dividerProblem(cell.state);
			if (problem !== undefined) problems.push(`line ${index + 1} col ${column + 1}: '${cell.char}' drawn with ${problem}: ${JSON.stringify(line.text.slice(Math.max(0, column - 30), column + 20))}`);
		}
	}
	return problems;
}
