/** Inputs shared by the comparison tests: the bundled story, styles, and the claims checked by hand. */
import {loadTimeline} from '../../../source/core/load/load-timeline.js';
import {createStyle} from '../../../source/core/text/style.js';

export const bundled = loadTimeline();
export const plain = createStyle('none');
export const mono = createStyle('mono');
export const color = createStyle('color');

/** The 2010 and 2011 claims on the decision and on whether the program is mandatory, as the bundled data has them. */
export const decision = {
	before: 'The state will formally join a program called Secure Communities after months of deliberating by state officials.',
	after: "Patrick won't sign any memorandum of understanding for the state to join the federal Secure Communities program.",
	/** git --word-diff=plain of the two, worked out by hand. */
	unified:
		"[-The-]{+Patrick won't sign any memorandum of understanding for the+} state [-will formally-]{+to+} join [-a program called-]{+the federal+} Secure Communities [-after months of deliberating by state officials-]{+program+}.",
};
export const mandatory = {
	before: 'The program is mandatory for all communities in the future.',
	after: 'We are reluctant to participate if the program is mandatory and unwilling to participate if it is voluntary.',
	unified: '[-The-]{+We are reluctant to participate if the+} program is mandatory [-for all communities in the future-]{+and unwilling to participate if it is voluntary+}.',
};
