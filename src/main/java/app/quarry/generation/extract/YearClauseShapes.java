package app.quarry.generation.extract;

import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * What the shape of the clause around a month written without its year says of that year:
 * whether a year named in an opening phrase belongs to that phrase alone, and whether the
 * month ends a span of something that still runs.
 */
final class YearClauseShapes {

	/** "through", "until" just before a month: the end of a span. */
	private static final Pattern SPAN_END = Pattern.compile("(?i)\\b(?:through|until|till)\\s+$");

	/** A verb in the present perfect: "has extended", "have already agreed". */
	private static final Pattern PRESENT_PERFECT = Pattern
		.compile("(?i)\\b(?:has|have)\\s+(?:[a-z]+ly\\s+|not\\s+)?[a-z]+(?:ed|en)\\b");

	/**
	 * A sentence opening with a preposition and a noun phrase, up to a year within it and
	 * before any comma: "Under a plan adopted in ".
	 */
	private static final Pattern OPENING_NOUN_PHRASE = Pattern.compile(
			"\\s*(?:Under|With|After|Despite|Following|Like|Unlike|Amid|Besides|Beyond)\\s+(?:a|an|the|its|their|his|her)\\s[^,;]*\\s");

	/** A verb that puts the clause in the past: "was", "had". */
	private static final Pattern PAST_AUXILIARY = Pattern.compile("(?i)\\b(?:was|were|had|did)\\b");

	/**
	 * Whether the year named at {@code focusAt} dates a thing in the phrase a sentence
	 * opens with, and the date comes after that phrase: "Under a plan adopted in 1987
	 * that set no limit, the firm had bought shares through Sept. 29" speaks of the
	 * plan's year, not the main clause's ("In 1994, in January and March" is the
	 * sentence's own year).
	 */
	static boolean datesAThingInTheOpeningPhrase(DocumentText doc, int focusAt, int at) {
		Sentence sentence = doc.sentenceAt(at);
		if (sentence == null || focusAt < sentence.start() || focusAt > at) {
			return false;
		}
		String clean = doc.cleanText();
		return OPENING_NOUN_PHRASE.matcher(clean.substring(sentence.start(), focusAt)).matches()
				&& clean.substring(focusAt, at).contains(",");
	}

	/**
	 * Whether a month ends a span ("through", "until") of something done in the present
	 * perfect, which still runs, in a sentence told without a past auxiliary.
	 */
	static boolean endsAStillRunningSpan(DocumentText doc, int at) {
		Sentence sentence = doc.sentenceAt(at);
		if (sentence == null) {
			return false;
		}
		String before = doc.cleanText().substring(sentence.start(), at);
		return SPAN_END.matcher(before).find() && PRESENT_PERFECT.matcher(before).find()
				&& !PAST_AUXILIARY.matcher(before).find();
	}

	private YearClauseShapes() {
	}

}
