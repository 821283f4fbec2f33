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

	/** Helpers that may stand between a name and the verb of a clause about the doer. */
	private static final Set<String> AUXILIARIES = NameLexicon.words("had", "has", "have");

	/**
	 * Verbs that cannot stand without someone as their object: with none after them they
	 * are the verb of a clause about the doer ("the driver Jane Roe hired"), while a verb
	 * that may stand alone ("the singer Jane Roe died in 1990") leaves the title alone.
	 */
	private static final Set<String> TAKING_SOMEONE = NameLexicon.words("hired", "described", "named", "met", "saw",
			"recommended", "employed", "interviewed", "appointed", "chose", "chosen", "picked", "trusted", "replaced",
			"defeated", "beat", "beaten", "sacked", "fired", "identified", "blamed", "backed", "endorsed", "supported",
			"accused", "attacked", "sued", "visited", "married", "trained", "coached", "signed", "recruited",
			"consulted", "called", "contacted", "thanked", "praised", "criticised", "criticized");

	/** Words that open the verb of the sentence after a clause about the doer. */
	private static final Set<String> MAIN_VERB_OPENERS = NameLexicon.words("never", "had", "has", "was", "is", "were",
			"did", "could", "would", "will", "later", "then");

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
	 * "the driver Jane Roe had hired for the day", "the attacker Tom Roe described to
	 * police": after "the", a name whose verb lacks the object it needs is the subject of
	 * a clause about the doer, who is someone else; "the coach Jane Roe hired Tom Roe"
	 * keeps her title, for the verb there has its object.
	 */
	private static boolean clauseWithoutObjectAfterName(DocumentTokens doc, int name) {
		int t = name;
		while (t < doc.size() && !doc.boundaryBefore(t) && doc.get(t).word() && doc.get(t).capitalized()) {
			t++;
		}
		if (t == name || t >= doc.size() || doc.boundaryBefore(t)) {
			return false;
		}
		if (AUXILIARIES.contains(doc.get(t).lower())) {
			t++;
		}
		if (t >= doc.size() || doc.boundaryBefore(t) || !doc.get(t).word()) {
			return false;
		}
		if (!TAKING_SOMEONE.contains(doc.get(t).lower())) {
			return false;
		}
		int after = t + 1;
		if (after >= doc.size() || doc.boundaryBefore(after) || !doc.get(after).word()) {
			return true;
		}
		String next = doc.get(after).lower();
		// "the plumber Tom Roe recommended never came": the sentence's own verb follows
		return NameLexicon.PREPOSITIONS.contains(next) || MAIN_VERB_OPENERS.contains(next)
				|| !doc.get(after).capitalized() && next.endsWith("ed");
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
		if (previous.equals("the") && clauseWithoutObjectAfterName(doc, t + 1)) {
			return false;
		}
		// "Acme's goalkeeper", "asked commenter": an owner or a verb of saying hands over
		// to the title
		// "United States airframer": a capital is a name's, never a verb of saying
		return !before.capitalized() && (OPENERS.contains(previous) || NameFinder.isPossessiveMark(before)
				|| SpeechVerbs.isSpeechVerb(previous) && !SpeechVerbs.isParticiple(previous));
	}

}
