package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Whether a month written without its year dates a deed told in the simple past: "the
 * bank announced the merger in January", "the chain changed its fiscal year in December".
 * The deed has been done, so the month is the one gone by, even when the same month comes
 * round again a few weeks after the date line. The verb nearest before the month decides,
 * as a reader takes it: a plan ("was planned for early March", "the slated visit in
 * September"), an infinitive ("has decided to admit them in March", "guidelines to be
 * published in November"), a present ("when the appeal is argued in May") or a perfect
 * ("has agreed in principle in January") tells of no deed done, nor does a thing made
 * known before it comes ("told the refiners of a cut in supply in September").
 */
final class DeedsDone {

	/** A word, with the letters and marks names and numbers carry. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d.'’&$%-]*");

	/** Words of planning, and words that say a time lies ahead. */
	private static final Set<String> PLAN_WORDS = Set.of("planned", "scheduled", "rescheduled", "slated", "set",
			"timed", "targeted", "expected", "due", "proposed", "intended", "meant", "postponed", "delayed", "deferred",
			"moved", "pushed", "upcoming", "forthcoming", "awaited", "anticipated");

	/**
	 * Words that open a verb not in the simple past: a modal, a present, a perfect, a
	 * passive or progressive in the present.
	 */
	private static final Set<String> NOT_SIMPLE_PAST = Set.of("will", "would", "shall", "should", "can", "could", "may",
			"might", "must", "is", "are", "am", "be", "been", "being", "has", "have", "does", "do");

	/** Words before an -ed form that make it an adjective: "the reduced dividend". */
	private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our", "this",
			"that", "these", "those");

	/** Words before an -ed form that make it part of a verb not in the simple past. */
	private static final Set<String> PARTICIPLE_AFTER = Set.of("to", "be", "been", "being", "is", "are", "has", "have",
			"not");

	/**
	 * Nouns of a thing agreed, whose infinitive tells what was agreed, not when it is to
	 * be done: "announced an agreement to buy the bank in January" dates the announcing.
	 */
	private static final Set<String> AGREEMENTS = Set.of("agreement", "agreements", "accord", "deal", "pact",
			"contract", "accords", "deals", "pacts", "contracts");

	/** Words after "to" that show it a preposition, not the mark of an infinitive. */
	private static final Set<String> AFTER_A_PREPOSITION = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
			"this", "that", "these", "those", "some", "all", "about", "date");

	/**
	 * A thing made known before it comes ("told the refiners of a cut in supply in
	 * September", "warned of a strike in December"): the time is the thing's, not the
	 * telling's.
	 */
	private static final Pattern FORETOLD = Pattern.compile(
			"(?i)\\b(?:told|warned|notified|informed|advised|alerted|reminded)\\b[^;]*\\bof\\s+(?:a|an)\\s[^,;]*$");

	private DeedsDone() {
	}

	/**
	 * Whether the time at {@code at} dates a deed its sentence tells in the simple past.
	 */
	static boolean dates(DocumentText doc, int at) {
		Sentence sentence = doc.sentenceAt(at);
		if (sentence == null) {
			return false;
		}
		String before = doc.cleanText().substring(sentence.start(), at);
		if (FORETOLD.matcher(before).find()) {
			return false;
		}
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(before);
		while (m.find()) {
			words.add(m.group());
		}
		for (int i = words.size() - 1; i >= 0; i--) {
			String raw = words.get(i);
			String w = raw.toLowerCase(Locale.ROOT);
			String previous = i > 0 ? words.get(i - 1).toLowerCase(Locale.ROOT) : "";
			if (PLAN_WORDS.contains(w) || NOT_SIMPLE_PAST.contains(w)) {
				return false;
			}
			if (!Tense.isPastForm(w)) {
				if (previous.equals("to") && raw.equals(w) && Character.isLetter(w.charAt(0))
						&& !AFTER_A_PREPOSITION.contains(w)
						&& !(i > 1 && AGREEMENTS.contains(words.get(i - 2).toLowerCase(Locale.ROOT)))) {
					return false; // "decided to admit them in March": what is to be done
				}
				continue;
			}
			if (DETERMINERS.contains(previous)) {
				continue; // "the reduced dividend": an adjective
			}
			// "has changed", "is heard", "to be published": a perfect, a present or an
			// infinitive; "was held", "had closed", "changed": a deed done
			return !PARTICIPLE_AFTER.contains(previous);
		}
		return false;
	}

}
