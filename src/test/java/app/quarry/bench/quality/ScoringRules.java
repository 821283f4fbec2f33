package app.quarry.bench.quality;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static app.quarry.bench.quality.PythonText.isSpace;
import static app.quarry.bench.quality.PythonText.isWordChar;
import static app.quarry.bench.quality.PythonText.lower;
import static app.quarry.bench.quality.PythonText.split;
import static app.quarry.bench.quality.PythonText.str;
import static app.quarry.bench.quality.PythonText.strip;
import static app.quarry.bench.quality.PythonText.truthy;

/**
 * The matching rules of the project's bank scorer ({@code score_bank.py}), one method per
 * function there and with the same name: how text and names are normalised, when two
 * sentences overlap, when a speaker is the gold speaker, when two values are equal and
 * how alike two quotes are. Values are JSON values as Jackson reads them into plain Java
 * objects.
 */
final class ScoringRules {

	private static final Pattern MARKUP = Pattern.compile("<[^>]+>");

	private static final Pattern NAME_PUNCTUATION = Pattern.compile("[-'\u2019.]");

	/** {@code \b(mr|...)\b} with Python's word characters on both sides. */
	private static final Pattern NAME_TITLES = Pattern
		.compile("(?<![\\p{L}\\p{N}_])(mr|mrs|ms|dr|president|leader|us|u s)(?![\\p{L}\\p{N}_])");

	private ScoringRules() {
	}

	/**
	 * {@code norm_text}: NFKC, markup dropped, curly quotes straightened, lower case,
	 * every character that is neither a word character nor a space made a space, spaces
	 * collapsed.
	 */
	static String normText(Object value) {
		if (!truthy(value)) {
			return "";
		}
		String s = Normalizer.normalize(text(value), Normalizer.Form.NFKC);
		s = MARKUP.matcher(s).replaceAll("");
		s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
		s = lower(s);
		StringBuilder kept = new StringBuilder(s.length());
		s.codePoints().forEach(cp -> {
			if (isWordChar(cp) || isSpace(cp)) {
				kept.appendCodePoint(cp);
			}
			else {
				kept.append(' ');
			}
		});
		return String.join(" ", split(kept.toString()));
	}

	/** {@code tokens}: the set of words of the normalised text. */
	static Set<String> tokens(Object value) {
		return new HashSet<>(split(normText(value)));
	}

	/**
	 * {@code overlaps}: one normalised text contains the other, or at least 70 % of the
	 * shorter one's distinct words are in the other.
	 */
	static boolean overlaps(Object a, Object b) {
		String na = normText(a);
		String nb = normText(b);
		if (na.isEmpty() || nb.isEmpty()) {
			return false;
		}
		if (na.contains(nb) || nb.contains(na)) {
			return true;
		}
		Set<String> ta = new HashSet<>(split(na));
		Set<String> tb = new HashSet<>(split(nb));
		Set<String> common = new HashSet<>(ta);
		common.retainAll(tb);
		return (double) common.size() / Math.max(1, Math.min(ta.size(), tb.size())) >= 0.7;
	}

	/**
	 * {@code norm_name}: NFKD without combining marks, lower case, hyphens, apostrophes
	 * and full stops made spaces, the titles mr, mrs, ms, dr, president, leader and us
	 * dropped.
	 */
	static String normName(Object value) {
		String s = truthy(value) ? text(value) : "";
		s = Normalizer.normalize(s, Normalizer.Form.NFKD);
		StringBuilder bare = new StringBuilder(s.length());
		s.codePoints().filter(cp -> !CombiningClass.isCombining(cp)).forEach(bare::appendCodePoint);
		s = NAME_PUNCTUATION.matcher(lower(bare.toString())).replaceAll(" ");
		s = NAME_TITLES.matcher(s).replaceAll(" ");
		return String.join(" ", split(s));
	}

	/**
	 * {@code speaker_ok}: the predicted name equals the fact's speaker or one of its
	 * aliases, or one contains the other where the contained one has two words or more.
	 */
	static boolean speakerOk(Object predicted, Map<String, Object> fact) {
		if (!truthy(predicted)) {
			return false;
		}
		List<Object> names = new ArrayList<>();
		names.add(truthy(fact.get("speaker")) ? fact.get("speaker") : "");
		if (truthy(fact.get("aliases"))) {
			names.addAll((List<?>) fact.get("aliases"));
		}
		String p = normName(predicted);
		for (Object name : names) {
			String n = normName(name);
			if (!n.isEmpty() && (p.equals(n) || (split(p).size() >= 2 && n.contains(p))
					|| (split(n).size() >= 2 && p.contains(n)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@code value_eq}: counts compare as integers; dates as trimmed strings, where
	 * either end of a gold range is a fair answer; anything else as normalised names.
	 */
	static boolean valueEq(String kind, Object predicted, Object gold) {
		if (predicted == null || gold == null) {
			return false;
		}
		if (kind.equals("count")) {
			Optional<BigInteger> p = PythonText.toInt(predicted);
			Optional<BigInteger> g = PythonText.toInt(gold);
			return p.isPresent() && g.isPresent() && p.get().equals(g.get());
		}
		if (kind.equals("date")) {
			String p = strip(str(predicted));
			String g = strip(str(gold));
			return p.equals(g) || (g.contains("/") && List.of(g.split("/", -1)).contains(p));
		}
		return normName(str(predicted)).equals(normName(str(gold)));
	}

	/** {@code quote_sim}: shared words over the larger word set. */
	static double quoteSim(Object a, Object b) {
		Set<String> ta = tokens(a);
		Set<String> tb = tokens(b);
		if (ta.isEmpty() || tb.isEmpty()) {
			return 0.0;
		}
		Set<String> common = new HashSet<>(ta);
		common.retainAll(tb);
		return (double) common.size() / Math.max(ta.size(), tb.size());
	}

	private static String text(Object value) {
		if (value instanceof String s) {
			return s;
		}
		// Python raises TypeError when normalising anything but text
		throw new IllegalArgumentException("not text: " + value);
	}

}
