package app.quarry.generation.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date expressions' matchers kept from one document to the next on a thread, so a
 * pass over a document need not build them again.
 */
final class KeptMatchers {

	/**
	 * The matchers of the documents read before on this thread: a matcher copies its
	 * expression's table of some two hundred group names the first time a group is asked
	 * for by name, which a new matcher for each document did again.
	 */
	private static final ThreadLocal<Map<Pattern, Matcher>> KEPT_MATCHERS = ThreadLocal
		.withInitial(IdentityHashMap::new);

	private KeptMatchers() {
	}

	/**
	 * The matchers kept on this thread, taken away while a pass uses them: a run within
	 * that one makes its own.
	 */
	static Map<Pattern, Matcher> take() {
		Map<Pattern, Matcher> kept = KEPT_MATCHERS.get();
		KEPT_MATCHERS.set(new IdentityHashMap<>());
		return kept;
	}

	/** Gives the matchers taken back for the next document on this thread. */
	static void giveBack(Map<Pattern, Matcher> kept) {
		KEPT_MATCHERS.set(kept);
	}

	/**
	 * The kept matcher of an expression, reset to the text, or a new one kept for the
	 * next document.
	 */
	static Matcher reset(Map<Pattern, Matcher> kept, Pattern expression, String clean) {
		Matcher m = kept.get(expression);
		if (m == null) {
			m = expression.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
			kept.put(expression, m);
			return m;
		}
		return m.reset(clean); // keeps its bounds
	}

}
