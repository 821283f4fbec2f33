package app.quarry.bench.quality;

import java.text.Normalizer;

/**
 * Whether a character has a non-zero canonical combining class (Python's
 * {@code unicodedata.combining(c) != 0}), which the JDK does not expose. Canonical
 * ordering reveals it: decomposition moves U+0334 (class 1) in front of a mark whose
 * class is above 1; the few marks of class 1 themselves are listed.
 */
final class CombiningClass {

	private static final String CLASS_ONE_MARK = "\u0334";

	private CombiningClass() {
	}

	static boolean isCombining(int cp) {
		int type = Character.getType(cp);
		if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
				&& type != Character.ENCLOSING_MARK) {
			return false;
		}
		if (isClassOne(cp)) {
			return true;
		}
		String pair = Character.toString(cp) + CLASS_ONE_MARK;
		return Normalizer.normalize(pair, Normalizer.Form.NFD).startsWith(CLASS_ONE_MARK);
	}

	/** The overlay marks, canonical combining class 1. */
	private static boolean isClassOne(int cp) {
		return (cp >= 0x0334 && cp <= 0x0338) || cp == 0x1CD4 || (cp >= 0x1CE2 && cp <= 0x1CE8) || cp == 0x20D2
				|| cp == 0x20D3 || (cp >= 0x20D8 && cp <= 0x20DA) || cp == 0x20E5 || cp == 0x20E6 || cp == 0x20EA
				|| cp == 0x20EB || cp == 0x10A39 || (cp >= 0x16AF0 && cp <= 0x16AF4) || cp == 0x1BC9E
				|| (cp >= 0x1D167 && cp <= 0x1D169);
	}

}
