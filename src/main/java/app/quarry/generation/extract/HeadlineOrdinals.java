package app.quarry.generation.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Acme performs first successful test of rocket", "Rovers win third league title": a
 * headline drops the article before an ordinal, yet the ordinal right after its verb
 * still ranks the noun it opens, as "the third league title" would in running text.
 */
final class HeadlineOrdinals {

	private HeadlineOrdinals() {
	}

	/**
	 * "performs ", "wins ", "approved ", "to hold ", "Rovers win ": a verb in lower case,
	 * the headline's own tense ("-s") or its past ("-ed"), a plain verb after "to", or
	 * any lower-case word right after the capitalised subject.
	 */
	private static final Pattern VERB_BEFORE = Pattern.compile("(?:\\b(?<verb>[a-z]{2,}(?:s|ed))|\\bto\\s+[a-z]{3,}"
			+ "|\\b(?!(?:The|A|An)\\s)\\p{Lu}[\\p{L}.’'-]*\\s+(?<afterSubject>[a-z]{3,}))\\s+$");

	/** "first approved ": the ordinal is the adverb of the past verb after it. */
	private static final Pattern PAST_AFTER = Pattern.compile("\\p{L}+\\s+[a-z]+ed\\b");

	/**
	 * Words ending like a verb that are none: "as first", "this first", "is first" (a
	 * placing, read elsewhere), "has first" (a possession, no rank of a deed).
	 */
	private static final Set<String> NOT_VERBS = Set.of("is", "was", "has", "as", "this", "thus", "plus", "us", "its",
			"his", "hers", "ours", "yours", "theirs", "less", "unless", "news", "whereas", "always", "perhaps",
			"besides", "towards", "afterwards", "does", "goes");

	/**
	 * Whether the ordinal at {@code start} opens a ranked noun phrase in the headline.
	 */
	static boolean afterVerb(String clean, int start) {
		int lineEnd = clean.indexOf('\n');
		if (lineEnd < start || Character.isUpperCase(clean.charAt(start))) {
			return false; // running text keeps its articles; "First" may open a name
		}
		if (PAST_AFTER.matcher(clean).region(start, lineEnd).lookingAt()) {
			return false; // "The board first approved plan": an adverb before the verb
		}
		Matcher verb = VERB_BEFORE.matcher(clean.substring(0, start));
		if (!verb.find()) {
			return false;
		}
		String word = verb.group("verb");
		String afterSubject = verb.group("afterSubject");
		if (afterSubject != null) {
			return !Nouns.FUNCTION_WORDS.contains(afterSubject) && !NOT_VERBS.contains(afterSubject);
		}
		return word == null || !NOT_VERBS.contains(word) && !Nouns.FUNCTION_WORDS.contains(word);
	}

}
