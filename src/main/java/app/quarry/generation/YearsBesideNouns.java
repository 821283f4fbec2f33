package app.quarry.generation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a year next to a noun does: names a thing ("the 1991 agreement", "Developers
 * Conference 2010") or dates an event ("the 1998 beating"). {@link DateQuestions} asks
 * the one and not the other; reading the words around the year is apart from that.
 */
final class YearsBesideNouns {

	private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}'’]");

	/** Words before a year that make it part of a noun phrase: "the 1991 agreement". */
	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "my",
			"your", "this", "that", "these", "those", "each", "every");

	/** Words before a year that make it the year of an event, not a name. */
	private static final Set<String> PREPOSITIONS = Set.of("in", "by", "since", "until", "till", "from", "during",
			"through", "before", "after", "of", "and", "or", "to", "between", "around", "about", "circa", "early",
			"late", "mid", "spring", "summer", "autumn", "fall", "winter");

	/** A race's distance in a winner's title: "400m", "5,000m", "10km". */
	private static final Pattern RACE_DISTANCE = Pattern.compile("\\d{1,3}(?:,?\\d{3})?(?:m|km|k)");

	/** Quotes, brackets and stops around a word: "Olympics," is "Olympics". */
	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");

	private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "our", "my");

	private YearsBesideNouns() {
	}

	/**
	 * Whether a year is part of a name or a noun phrase rather than the time of an event:
	 * "the 1991 agreement", "the 2011 version", "Developers Conference 2010". A quiz on
	 * them asks for a label, and the text may never say when anything happened.
	 */
	static boolean namesAThing(String sentence, FactSite site) {
		String before = sentence.substring(0, site.from()).stripTrailing();
		String after = sentence.substring(site.to());
		String previous = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
		String bare = NOT_A_WORD_CHARACTER.matcher(previous).replaceAll("");
		boolean nextIsWord = after.length() > 1 && after.charAt(0) == ' ' && Character.isLetter(after.charAt(1));
		String lower = bare.toLowerCase(Locale.ROOT);
		if (nextIsWord && subjectAfterThat(sentence, site)) {
			// "said that 1998 was a hard year": the year is what the clause tells of
			return false;
		}
		if (nextIsWord && (DETERMINERS.contains(lower) || lower.endsWith("'s") || lower.endsWith("’s"))) {
			// "its 1967 debut" dates an event of the subject; "the 1991 agreement" names
			// a
			// thing
			// "his 1994 Acme 400 win": the name of what was won stands before the event
			String noun = HeadNouns.after(after);
			return !(POSSESSIVES.contains(lower) && YearNouns.EVENTS.contains(noun)) && !YearNouns.measured(after);
		}
		boolean capitalized = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0))
				&& previous.equals(previous.replaceAll("[,;:.(]$", "")) && !PREPOSITIONS.contains(lower);
		// a range after a name is a life span ("Steve Jobs 1955-2011"), not a label
		return capitalized && !before.equals(previous) && !site.fact().text().matches(".*\\d[–/-].*");
	}

	/**
	 * Whether a year before a noun dates the thing that noun names: "the 1998 beating",
	 * "its 1896 decision", "the 1935–36 season", "the 1991 settlement", "a 2003 bond
	 * deal", "the country's 1998 crisis". A year set before a common noun says when that
	 * thing was made or happened, as "the settlement of 1991" would; only a label noun
	 * ("the 2011 version") or a measure ("the 1500 metres") makes it part of a name.
	 * Years joined before one noun share it: "the 2002 and 2003 races".
	 */
	static boolean datesAnEvent(String sentence, FactSite site) {
		String before = sentence.substring(0, site.from()).stripTrailing();
		String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		String after = CoordinatedYears.sharedNoun(sentence.substring(site.to()));
		if (!DETERMINERS.contains(previous) || !after.startsWith(" ")) {
			return false;
		}
		// "the 2012 London Olympics", "the 1968–69 MCC tour": the event's noun may
		// follow a name or two, as the head of a law's name does ("the 1970 Clean
		// Water Act"); "the 1996 Olympic 400m champion": a winner's title may
		// name the race's distance too
		String[] words = after.strip().split("\\s+", 4);
		for (int i = 0; i < Math.min(3, words.length); i++) {
			words[i] = EDGE_PUNCTUATION.matcher(words[i]).replaceAll("");
			String noun = words[i].toLowerCase(Locale.ROOT);
			if (YearNouns.EVENTS.contains(noun) || YearNouns.EVENT_NOUNS.contains(noun)
					|| YearNouns.TITLE_HOLDERS.contains(noun) || i > 0 && YearNouns.NAMED_PACTS.contains(words[i])) {
				return true;
			}
			if (i > 0 && RACE_DISTANCE.matcher(words[i]).matches()) {
				continue;
			}
			if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether a year after a determiner dates the common noun right after it: "the 1991
	 * settlement", "a 2003 bond deal", "the country's 1998 crisis". After a name ("the
	 * 2008 Chevrolet hatchback") the year is a model's label.
	 */
	static boolean datesACommonNoun(String sentence, FactSite site) {
		String before = sentence.substring(0, site.from()).stripTrailing();
		String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		boolean owner = previous.length() > 2 && (previous.endsWith("'s") || previous.endsWith("’s"));
		// "that 2004 saw a rise": "that" is as often the conjunction before a subject
		return (DETERMINERS.contains(previous) && !previous.equals("that") || owner)
				&& YearNouns.datesACommonNoun(CoordinatedYears.sharedNoun(sentence.substring(site.to())));
	}

	/**
	 * Whether a year after the conjunction "that" is the subject of a clause it opens:
	 * "said that 1998 was a hard year", "agreed that 2010 had been dull".
	 */
	static boolean subjectAfterThat(String sentence, FactSite site) {
		String before = sentence.substring(0, site.from()).stripTrailing();
		String previous = before.substring(before.lastIndexOf(' ') + 1);
		return previous.equals("that") && YearNouns.LINKING_VERB.matcher(sentence.substring(site.to())).lookingAt();
	}

}
