package app.quarry.generation;

import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.people.WordClasses;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role read with a wrong edge, mended from its sentence or refused. A title before a
 * name may have taken the sentence's opening word ("Once Colonel Mara Roe was picked",
 * "Replied State Department spokesman Ivo Sarn") or an adverb ("currently vice president
 * finance"), or have lost the start of a longer name ("York governor" in "New York
 * governor"). A role after the name may have lost the restrictive clause that makes it
 * true ("one of three surgeons" of "one of three surgeons who operated in the valley"),
 * or say "the board and its chairman" of the chairman alone.
 */
final class RoleEdges {

	/** Words that open a role and are read as a verb or an adverb, yet belong to it. */
	private static final Set<String> ROLE_OPENERS = Set.of("former", "current", "then", "acting", "outgoing",
			"incoming", "interim", "retired", "late", "elected", "appointed", "designated", "vice", "proposed",
			"nominated", "ousted", "deposed", "exiled");

	/** Verbs of saying in the past that open a sentence before their speaker. */
	private static final Set<String> SAID = Set.of("said", "told", "wrote", "asked", "added", "replied", "answered");

	/**
	 * Words that join the parts of one name: "Cie. de Navigation". Not "and", which as
	 * often joins two people ("Kim Jong Un and President Ivo Roe").
	 */
	private static final Set<String> NAME_JOINS = Set.of("de", "des", "du", "of");

	/** Capitalized words that stand before a title without being part of it. */
	private static final Set<String> NOT_OF_THE_TITLE = Set.of("I", "Monday", "Tuesday", "Wednesday", "Thursday",
			"Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December", "Mr.", "Mrs.", "Ms.", "Dr.");

	/** The body a title belongs to, written after the name: "of the Diocese of Vell". */
	private static final Pattern BODY_AFTER_NAME = Pattern.compile(
			",? (of|from) ((?:the )?\\p{Lu}[\\p{L}.'’-]*(?: (?:of |the |and |de |for )*\\p{Lu}[\\p{L}.'’-]*)*)(?=[,;:.]| (?!\\p{Lu})|$)");

	/** Titles of a person, not of an office: they hold no body. */
	private static final Set<String> COURTESY = Set.of("doctor", "dr.", "mr.", "mrs.", "ms.", "sir", "dame", "lord",
			"lady", "sister", "brother", "father", "mother", "reverend", "rev.", "prince", "princess", "king", "queen",
			"dean", "professor", "master", "madam");

	/** Members of an elected house: "from" the place that elects them. */
	private static final Set<String> LEGISLATORS = Set.of("senator", "representative", "congressman", "congresswoman",
			"delegate", "assemblyman", "assemblywoman", "councilman", "councilwoman", "councillor");

	/** "the board and its chairman": the chairman alone is the person named after it. */
	private static final Pattern AND_ITS = Pattern.compile("^(.+?) and (?:its|his|her|their) ((?:\\S+ )?\\S+)$");

	/** A restrictive clause right after a role: "... who operated in the valley." */
	private static final Pattern RESTRICTIVE = Pattern.compile("^ (?:who|that) [^,;:()\"“”]+?[.!?]?$");

	private static final int MAX_ROLE_WORDS = 20;

	private static final int MAX_ADDED_WORDS = 4;

	private RoleEdges() {
	}

	/** The role as a card may show it, or {@code null} when it cannot be mended. */
	static String mended(FactSite site, PersonFact fact, String role) {
		String sentence = site.sentence().text();
		int at = mentionAt(site, fact);
		String raw = raw(fact.role());
		boolean title = at > 0 && !raw.isEmpty() && sentence.substring(0, at).stripTrailing().endsWith(raw);
		String mended = role;
		Matcher andIts = AND_ITS.matcher(mended);
		if (andIts.matches() && !andIts.group(1).contains(" and ")) {
			mended = andIts.group(2) + " of " + andIts.group(1);
		}
		int titleAt = title ? sentence.substring(0, at).stripTrailing().length() - raw.length() : -1;
		boolean opening = title && sentence.substring(0, titleAt).isBlank();
		mended = withoutLeadingWords(mended, fact.text(), title, opening);
		if (mended == null) {
			return null;
		}
		if (title) {
			mended = withStartOfName(site, sentence, titleAt, mended);
			mended = mended == null ? null : withBodyAfterName(sentence, at + fact.text().length(), mended);
		}
		else if (at >= 0 && mended.toLowerCase(Locale.ROOT).startsWith("one of ")) {
			mended = withRestrictiveClause(sentence, at, raw, mended);
		}
		return mended == null || mended.isBlank() ? null : mended;
	}

	/**
	 * The role without an adverb that only dates it ("currently vice president") and,
	 * before a name, without the sentence's opening verb or adverb ("Replied State
	 * Department spokesman", "Once Colonel", "Good for Attorney General"). A role after
	 * the name that opens with a verb ("read by a broadcaster") is no role at all.
	 */
	private static String withoutLeadingWords(String role, String mention, boolean title, boolean opening) {
		String[] words = role.split(" ");
		if (words.length < 2) {
			return role;
		}
		String word = words[0].toLowerCase(Locale.ROOT);
		if (ROLE_OPENERS.contains(word) || word.endsWith("ing") || OwnerWords.owner(words[0])) {
			return role;
		}
		// tagged as written: "Apple Computer CEO" opens with a name, "Once" with a
		// conjunction (after the test above, which needs no tags: the tagger is the
		// costliest step of writing a person's questions)
		String[] tags = WordClasses.of((role + " " + mention).split(" "));
		String tag = tags[0];
		String next = tags[1];
		boolean verb = tag.equals("VERB") || tag.equals("AUX");
		if ((tag.equals("ADV") || opening && tag.equals("SCONJ"))
				&& (next.equals("NOUN") || next.equals("PROPN") || next.equals("DET") || next.equals("NUM"))) {
			// "currently vice president", "Once Colonel Mara Roe was picked"
			return rest(words, 1);
		}
		if (verb && opening && (word.endsWith("ed") || SAID.contains(word))) {
			// "Replied State Department spokesman Ivo Sarn": the sentence's verb, where
			// "Alleged" or "Polish" would open the role itself
			return rest(words, 1);
		}
		if (verb && !title && objectAfter(words[1], next)) {
			// "read by a broadcaster", "dubbed the boy hero": no role, where
			// "alleged mastermind of the plot" is one
			return null;
		}
		if (opening && (tag.equals("ADJ") || tag.equals("INTJ")) && (next.equals("ADP") || next.equals("SCONJ"))
				&& words.length > 2) {
			// "Good for Attorney General Ann Roe"
			return rest(words, 2);
		}
		return role;
	}

	/** Whether a verb's next word is its object or agent: "by", "as", "the", a name. */
	private static boolean objectAfter(String word, String tag) {
		return word.equals("by") || word.equals("as") || tag.equals("DET") || Character.isUpperCase(word.charAt(0))
				|| word.startsWith("\"") || word.startsWith("“") || word.startsWith("`");
	}

	private static String rest(String[] words, int from) {
		return String.join(" ", Arrays.copyOfRange(words, from, words.length));
	}

	/**
	 * A title before a name that starts inside a longer name ("York governor" after
	 * "New", "Naturalization Service Commissioner" after "Immigration and") takes the
	 * name's start back; one that starts with a joining word it cannot take back is
	 * refused. A capital that ends another person's name ("Kamotho and American
	 * ambassador Ann Roe") is a list of people, not one name.
	 */
	private static String withStartOfName(FactSite site, String sentence, int titleAt, String role) {
		String[] before = sentence.substring(0, Math.max(0, titleAt)).strip().split("\\s+");
		Set<String> nameEnds = nameEnds(site);
		String added = "";
		int taken = 0;
		int i = before.length - 1;
		while (i >= 1 && taken < MAX_ADDED_WORDS) {
			String word = before[i];
			if (capitalPart(word, nameEnds)) {
				added = word + " " + added;
				taken++;
				i--;
			}
			else if (NAME_JOINS.contains(word) && i >= 2 && capitalPart(before[i - 1], nameEnds)
					&& Character.isUpperCase((added + role).charAt(0))) {
				// "Bank of Calder Governor", not "Bank of calder governor"
				added = before[i - 1] + " " + word + " " + added;
				taken += 2;
				i -= 2;
			}
			else {
				break;
			}
		}
		String mended = added + role;
		String first = mended.split(" ")[0];
		if (NAME_JOINS.contains(first) && i == 0 && capitalPart(before[0], nameEnds)) {
			// "Cie. de Navigation Chairman": a joining word needs the word before it,
			// even the sentence's first
			mended = before[0] + " " + mended;
			first = before[0];
		}
		if (NAME_JOINS.contains(first) || Prose.words(mended) > MAX_ROLE_WORDS) {
			// "de Navigation Chairman" has lost the name it belongs to
			return null;
		}
		return mended;
	}

	/**
	 * A bare title whose body follows the name ("Bishop Ivo Sarn of the Diocese of Vell",
	 * "Senator Ann Roe of Calder") takes it: "Bishop of the Diocese of Vell", "Senator
	 * from Calder". A courtesy title ("Dr.", "Sister") is no office of a body.
	 */
	private static String withBodyAfterName(String sentence, int nameEnd, String role) {
		if (role.contains(" ") || !Character.isUpperCase(role.charAt(0)) || nameEnd > sentence.length()
				|| COURTESY.contains(role.toLowerCase(Locale.ROOT))) {
			return role;
		}
		Matcher body = BODY_AFTER_NAME.matcher(sentence.substring(nameEnd));
		if (!body.lookingAt()) {
			return role;
		}
		String of = body.group(1);
		String whole = body.group(2).replaceAll("(\\p{L}{4,})\\.$", "$1");
		boolean place = !whole.startsWith("the ");
		if (of.equals("of") && place && LEGISLATORS.contains(role.toLowerCase(Locale.ROOT))) {
			// a senator is "from" the state that elects her
			of = "from";
		}
		return role + " " + of + " " + whole;
	}

	private static boolean capitalPart(String word, Set<String> nameEnds) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !NOT_OF_THE_TITLE.contains(word)
				&& !nameEnds.contains(word) && (Character.isLetterOrDigit(word.charAt(word.length() - 1))
						|| word.length() <= 5 && word.endsWith(".") && !word.endsWith(".."));
	}

	/** The last words of the people the document names. */
	private static Set<String> nameEnds(FactSite site) {
		Set<String> ends = new HashSet<>();
		for (var fact : site.document().facts()) {
			if (fact instanceof PersonFact person && person.value() != null) {
				String[] words = person.value().split(" ");
				ends.add(words[words.length - 1]);
			}
		}
		return ends;
	}

	/**
	 * "one of three surgeons who operated in the valley": without its clause the role
	 * says something else. The clause is kept when it runs plainly to the sentence's end;
	 * otherwise the role is refused.
	 */
	private static String withRestrictiveClause(String sentence, int at, String raw, String role) {
		int rawAt = sentence.indexOf(raw, at);
		if (rawAt < 0) {
			return role;
		}
		String after = sentence.substring(rawAt + raw.length()).stripTrailing();
		if (!after.startsWith(" who ") && !after.startsWith(" that ")) {
			return role;
		}
		Matcher clause = RESTRICTIVE.matcher(after);
		if (!clause.matches()) {
			return null;
		}
		String mended = role + after.replaceAll("[.!?]$", "");
		return Prose.words(mended) > MAX_ROLE_WORDS ? null : mended;
	}

	/** Where the name's mention starts in the sentence, or -1. */
	private static int mentionAt(FactSite site, PersonFact fact) {
		String sentence = site.sentence().text();
		int at = fact.start() - site.sentence().start();
		if (at >= 0 && at + fact.text().length() <= sentence.length() && sentence.startsWith(fact.text(), at)) {
			return at;
		}
		return fact.text().isEmpty() ? -1 : sentence.indexOf(fact.text());
	}

	/** The role as the sentence writes it, without the mark that closed it. */
	private static String raw(String role) {
		return role == null ? "" : role.strip().replaceAll("[,;:]$", "");
	}

}
