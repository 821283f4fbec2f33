package app.quarry.generation.extract;

import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * A day told in the past perfect: "On Sunday, the ministers had agreed on a plan". The
 * tense sets its event before the time the story tells of, so the day is background to
 * the news, never the day the news happened on.
 */
final class EarlierEvents {

	/**
	 * "had" and a past participle, an adverb between at most: "had agreed", "had already
	 * met", "had been"; not "had to" nor "had a", which say no earlier event.
	 */
	private static final Pattern PAST_PERFECT = Pattern.compile(
			"\\bhad\\s+(?:(?:already|just|previously|earlier|also|recently|not)\\s+)?(?:been|[a-z]{2,}(?:ed|en|wn|ne|ght|ld|nt|ung|ade|ook|et|ot|ut|id|ome|un))\\b");

	/**
	 * Where the main clause gives way to one of its own: "after it had agreed" dates the
	 * agreement before the main event, which may still be the news.
	 */
	private static final Pattern CLAUSE_END = Pattern
		.compile("[;:]|\\b(?:after|before|when|because|since|as|which|that|who|while|once|until)\\b");

	/**
	 * An aside set off by dashes or brackets: "the countries -- those which use the euro
	 * -- had agreed" keeps its main clause around it.
	 */
	private static final Pattern ASIDE = Pattern.compile("\\s(?:--|—)\\s.*?\\s(?:--|—)\\s|\\([^()]*\\)");

	private EarlierEvents() {
	}

	/** Whether the clause of a date tells its event in the past perfect. */
	static boolean toldBefore(DocumentText doc, DateFact date) {
		Sentence sentence = doc.sentenceAt(date.start());
		if (sentence == null) {
			return false;
		}
		String text = ASIDE.matcher(doc.cleanText().substring(sentence.start(), sentence.end())).replaceAll(" ");
		String clause = CLAUSE_END.split(text, 2)[0];
		return PAST_PERFECT.matcher(clause).find();
	}

}
