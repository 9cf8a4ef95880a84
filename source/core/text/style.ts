/**
 * Text styling shared by the explorer and printed output, so both mark things the same way.
 * Three levels: `none` (no escape byte at all: pipes, NO_COLOR printouts, TERM=dumb), `mono`
 * (bold, dim, inverse, underline but no colour: the explorer under NO_COLOR, so selection and
 * highlights stay visible) and `color`.
 */
export type StyleLevel = 'none' | 'mono' | 'color';

/** Wraps text in one style's sequences (or gives it back as it is, where that style is off). */
export type Paint = (text: string) => string;

export type Style = {
	level: StyleLevel;
	bold: Paint;
	dim: Paint;
	inverse: Paint;
	underline: Paint;
	/** A cited passage or a search match. */
	highlight: Paint;
	/** Words removed in a comparison. */
	removed: Paint;
	/** Words added in a comparison. */
	added: Paint;
	/** Headings and accents. */
	accent: Paint;
	/** The "joining" stance marker. */
	joining: Paint;
	/** The "refusing" stance marker. */
	refusing: Paint;
};

const sgr =
	(open: string, close: string): Paint =>
	text =>
		text === '' ? '' : `\u001B[${open}m${text}\u001B[${close}m`;
const same: Paint = text => text;

/** Builds the painter for a level. */
export function createStyle(level: StyleLevel): Style {
	if (level === 'none') {
		return {level, bold: same, dim: same, inverse: same, underline: same, highlight: same, removed: same, added: same, accent: same, joining: same, refusing: same};
	}
	const bold = sgr('1', '22');
	const dim = sgr('2', '22');
	const inverse = sgr('7', '27');
	const underline = sgr('4', '24');
	if (level === 'mono') {
		return {level, bold, dim, inverse, underline, highlight: text => bold(underline(text)), removed: text => dim(underline(text)), added: bold, accent: bold, joining: bold, refusing: bold};
	}
	return {
		level,
		bold,
		dim,
		inverse,
		underline,
		highlight: sgr('30;43', '39;49'),
		// Struck through and underlined as well as red and green: the two differ without colour vision,
		// and runs that touch (`Thethe`) still read as two.
		removed: sgr('31;9', '39;29'),
		added: sgr('32;4', '39;24'),
		accent: sgr('36', '39'),
		joining: sgr('32', '39'),
		refusing: sgr('31', '39'),
	};
}

/**
 * A style that paints nothing but keeps `level`, for measuring: which marks text uses (colour, or
 * bracket markers without it) decides where lines wrap, so counting lines needs the level only.
 */
export function unpainted(level: StyleLevel): Style {
	return unpaintedStyles[level];
}

/** Built once, so a selector memoised on its style sees the same object each time. */
const unpaintedStyles: Record<StyleLevel, Style> = {
	none: createStyle('none'),
	mono: {...createStyle('none'), level: 'mono'},
	color: {...createStyle('none'), level: 'color'},
};

/**
 * The attributes an SGR sequence can leave on, each with the code that turns it off. Bold and dim
 * share theirs (22), so turning one off turns off both and the other is opened again.
 */
type Attribute = 'fg' | 'bg' | 'bold' | 'dim' | 'italic' | 'underline' | 'inverse' | 'strike';
type Attributes = Partial<Record<Attribute, string>>;
const offCode: Record<Attribute, string> = {fg: '39', bg: '49', bold: '22', dim: '22', italic: '23', underline: '24', inverse: '27', strike: '29'};
const onAttribute: Record<string, Attribute> = {'1': 'bold', '2': 'dim', '3': 'italic', '4': 'underline', '7': 'inverse', '9': 'strike'};
const offAttributes: Record<string, Attribute[]> = {'22': ['bold', 'dim'], '23': ['italic'], '24': ['underline'], '27': ['inverse'], '29': ['strike'], '39': ['fg'], '49': ['bg']};
/** Order attributes are opened in, so equal states are written the same way. */
const attributeOrder: Attribute[] = ['fg', 'bg', 'bold', 'dim', 'italic', 'underline', 'inverse', 'strike'];

/** Applies the parameters of one SGR sequence (`31;9`, `38;5;208`, `` for a reset) to `state`. */
function applySgr(state: Attributes, params: string): void {
	const parts = params === '' ? ['0'] : params.split(/[;:]/);
	for (let index = 0; index < parts.length; index++) {
		const code = String(Number(parts[index] || 0));
		const number = Number(code);
		if (number === 0) for (const key of attributeOrder) delete state[key];
		else if (number === 38 || number === 48) {
			const extra = parts[index + 1] === '5' ? 1 : parts[index + 1] === '2' ? 3 : 0;
			state[number === 38 ? 'fg' : 'bg'] = parts.slice(index, index + 2 + extra).join(';');
			index += 1 + extra;
		} else if ((number >= 30 && number <= 37) || (number >= 90 && number <= 97)) state.fg = code;
		else if ((number >= 40 && number <= 47) || (number >= 100 && number <= 107)) state.bg = code;
		else if (onAttribute[code] !== undefined) state[onAttribute[code]] = code;
		else for (const key of offAttributes[code] ?? []) delete state[key];
	}
}

/** The sequence that takes the terminal from `from` to `to`: each change its own sequence, as Ink writes them. */
function transition(from: Attributes, to: Attributes): string {
	let out = '';
	const weightDropped = (from.bold !== undefined && to.bold === undefined) || (from.dim !== undefined && to.dim === undefined);
	if (weightDropped) out += '\u001B[22m';
	for (const key of attributeOrder) {
		const wanted = to[key];
		const had = weightDropped && (key === 'bold' || key === 'dim') ? undefined : from[key];
		if (wanted === had) continue;
		if (wanted === undefined) {
			if (key !== 'bold' && key !== 'dim') out += `\u001B[${offCode[key]}m`;
		} else out += `\u001B[${wanted}m`;
	}
	return out;
}

const sgrSequence = /\u001B\[([0-9;:]*)m/g;

/**
 * Styled lines made to stand alone, as git, delta and bat write them: whatever a line uses is
 * opened at its start (carried from the lines before) and closed at its end, so a style never runs
 * into a gutter, a divider or the next row, whoever joins or cuts the lines later. Escape
 * sequences that change nothing are dropped. Lines without escapes and with nothing carried into
 * them are returned as they are.
 */
export function closeEachLine(lines: readonly string[]): string[] {
	const state: Attributes = {};
	let carried = false;
	return lines.map(line => {
		if (!carried && !line.includes('\u001B')) return line;
		let out = '';
		let written: Attributes = {};
		let last = 0;
		const flush = (text: string) => {
			if (text === '') return;
			out += transition(written, state) + text;
			written = {...state};
		};
		for (const match of line.matchAll(sgrSequence)) {
			flush(line.slice(last, match.index));
			applySgr(state, match[1] ?? '');
			last = match.index + match[0].length;
		}
		flush(line.slice(last));
		out += transition(written, {});
		carried = attributeOrder.some(key => state[key] !== undefined);
		return out;
	});
}
