package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "King Kassem", "Queen Ines", "Pope Leo", "Emperor Akio": a ruler's title goes before a
 * given name, not a surname. A ruler so named is no one whose surname the name is ("King
 * Kassem" in a story about "Omar Kassem" is another man), though a later bare "Kassem"
 * may be either.
 */
public final class RulersByGivenName {

	/** Titles of rulers and their families, which take a given name after them. */
	static final Set<String> TITLES = NameLexicon.words("king", "queen", "prince", "princess", "emperor", "empress",
			"pope", "sultan", "emir", "tsar", "czar", "tsarina", "czarina", "shah", "pharaoh", "kaiser", "maharaja",
			"maharajah");

	private RulersByGivenName() {
	}

	/** Whether a single name follows a ruler's title right before it: "King Kassem". */
	static boolean titled(DocumentTokens doc, Mention name) {
		int before = name.firstToken - 1;
		return name.kind == Mention.Kind.NAME && !name.multiWordName() && before >= 0
				&& !doc.boundaryBefore(name.firstToken) && doc.get(before).word()
				&& TITLES.contains(doc.get(before).lower());
	}

	/**
	 * The ruler's title before a name that {@link #titled} accepts, as the text writes it
	 * ("King", "Crown Prince").
	 */
	static String title(DocumentTokens doc, Mention name) {
		int start = name.firstToken - 1;
		if (start > 0 && !doc.boundaryBefore(start) && doc.get(start - 1).lower().equals("crown")) {
			start--;
		}
		return doc.span(start, name.firstToken);
	}

	/**
	 * How a quotation's speaker is named: a ruler known by a given name alone keeps the
	 * title ("King Kassem"), as a bare "Kassem" might be anyone of that name.
	 */
	static String speakerName(LocalPerson speaker) {
		String name = speaker.name();
		return speaker.rulerTitle == null || speaker.fullName() || name == null || name.indexOf(' ') > 0 ? name
				: speaker.rulerTitle + " " + name;
	}

	/**
	 * The name a speaker is known by without the ruler's or peer's title
	 * {@link #speakerName} gave it: "King Kassem" -> "Kassem", "Lord Roe" -> "Roe", "Mr
	 * Justice Roe" -> "Roe"; any other name as it is.
	 */
	public static String withoutTitle(String speaker) {
		String[] words = speaker.strip().split("\\s+");
		int first = JudicialTitles.titleWords(words);
		while (first < words.length - 1 && (TITLES.contains(words[first].toLowerCase(java.util.Locale.ROOT))
				|| PeerTitles.TITLES.contains(words[first].toLowerCase(java.util.Locale.ROOT))
				|| first == 0 && words[0].equalsIgnoreCase("crown"))) {
			first++;
		}
		return first > 0 && first == words.length - 1 ? words[first] : speaker;
	}

	/**
	 * Whether the person could be the ruler called by this given name: one known by that
	 * name alone, or one whose full name begins with it ("Queen Ines" for Ines Ortiz).
	 */
	static boolean couldBe(LocalPerson person, String givenNameKey) {
		return !person.fullName() || person.parts[0].equals(givenNameKey);
	}

}
