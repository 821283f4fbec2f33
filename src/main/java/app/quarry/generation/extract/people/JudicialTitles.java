package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.Set;

/**
 * "Mr Justice Roe", "Mrs Justice Roe", "Lord Justice Roe", "Lady Justice Roe": a British
 * judge of the higher courts is called by this title and the surname, never by the bare
 * surname, so a quotation's speaker keeps the whole title.
 */
final class JudicialTitles {

	/** The words that go before "Justice" in a judge's title. */
	private static final Set<String> HONORIFICS = NameLexicon.words("mr", "mrs", "ms", "lord", "lady");

	private JudicialTitles() {
	}

	/**
	 * Whether a single name follows a judge's title right before it: "Mr Justice Roe".
	 */
	static boolean titled(DocumentTokens doc, Mention name) {
		int justice = name.firstToken - 1;
		int honorific = justice - 1;
		return name.kind == Mention.Kind.NAME && !name.multiWordName() && honorific >= 0
				&& !doc.boundaryBefore(name.firstToken) && !doc.boundaryBefore(justice)
				&& doc.get(justice).text().equals("Justice") && doc.get(honorific).word()
				&& doc.get(honorific).capitalized() && HONORIFICS.contains(doc.get(honorific).lower());
	}

	/** The title as the text writes it ("Mr Justice"). */
	static String title(DocumentTokens doc, Mention name) {
		return doc.span(name.firstToken - 2, name.firstToken);
	}

	/**
	 * How many words of a written name make a judge's title ("Lady Justice Roe" -> 2).
	 */
	static int titleWords(String[] words) {
		return words.length == 3 && words[1].equals("Justice") && HONORIFICS.contains(words[0].toLowerCase(Locale.ROOT))
				? 2 : 0;
	}

}
