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
