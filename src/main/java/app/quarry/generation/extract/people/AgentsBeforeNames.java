package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A doer's noun in lower case right before a name, with no article, where English puts
 * only a title: "asked commenter Jane Roe", "footballer Tom Roe, snowboarder Ann Lee and
 * swimmer Joe Bloggs". The word is known by its ending ("-er", "-or"), not a list, so any
 * trade or sport reads; the word before it must be one after which a verb cannot stand
 * ("to murder Jane Roe", "will consider Tom Roe" are acts, not titles).
 */
final class AgentsBeforeNames {

	/**
	 * Words in "-er" that are verbs far more often than doers: after "and" or a comma
	 * they still read as acts ("to kidnap and murder Jane Roe").
	 */
	private static final Set<String> VERBS_IN_ER = NameLexicon.words("murder", "remember", "consider", "deliver",
			"discover", "recover", "gather", "enter", "bother", "suffer", "prefer", "render", "surrender", "foster",
			"sponsor", "usher", "wander", "ponder", "hinder", "batter", "flatter", "pester", "alter", "slaughter",
			"shatter", "smother", "mentor", "tutor", "doctor", "censor", "lecture", "savor", "savour", "endeavor",
			"endeavour", "deter", "confer", "infer", "refer", "defer", "differ", "pilfer", "scatter", "chatter",
			"stagger", "trigger", "administer", "minister", "encounter", "bolster", "muster", "pamper", "tamper",
			"whisper", "wonder", "cater", "barter", "clobber", "conquer", "lower", "empower", "over");

	/** Words after which a title, not a verb, begins: lists, speech and a few links. */
	private static final Set<String> OPENERS = NameLexicon.words(",", "and", "or", "the", "by", "with", "from", "for",
			"against", "of", "including", "included", "includes", "like", "among", "between", "as");

	/**
	 * First parts of a compound that count what it names: "sixteen-driver", "two-seater".
	 */
	private static final Set<String> COUNTING = NameLexicon.words("one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "single", "double",
			"multi", "many", "few");

	private AgentsBeforeNames() {
	}

	/**
	 * "the sixteen-driver field", "a two-seater": a number before the doer makes the
	 * compound a modifier of what follows, no person.
	 */
	private static boolean countedCompound(String lower) {
		int hyphen = lower.indexOf('-');
		return hyphen > 0 && (COUNTING.contains(lower.substring(0, hyphen)) || Character.isDigit(lower.charAt(0)));
	}

	/**
	 * True when the word at {@code t}, right before a name, is a doer standing as a
	 * title.
	 */
	static boolean at(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		if (!token.word() || token.capitalized() || !AgentNouns.isAgent(lower) || VERBS_IN_ER.contains(lower)
				|| countedCompound(lower) || NameLexicon.FUNCTION_WORDS.contains(lower)
				|| NameLexicon.PREPOSITIONS.contains(lower)) {
			return false;
		}
		if (t == 0 || doc.boundaryBefore(t)) {
			return false; // a capital would open the sentence; in lower case it is no
							// title
		}
		Token before = doc.get(t - 1);
		String previous = before.lower();
		// "Acme's goalkeeper", "asked commenter": an owner or a verb of saying hands over
		// to the title
		// "United States airframer": a capital is a name's, never a verb of saying
		return !before.capitalized() && (OPENERS.contains(previous) || NameFinder.isPossessiveMark(before)
				|| SpeechVerbs.isSpeechVerb(previous) && !SpeechVerbs.isParticiple(previous));
	}

}
