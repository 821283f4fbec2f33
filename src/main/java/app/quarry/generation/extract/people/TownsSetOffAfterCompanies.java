package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Brovex Corp., Albany, N.Y., an insurance broker, said ...": a business story sets the
 * company's town off by commas between its name and the apposition that says what it is.
 * The apposition is the company's, and the state before it ("N.Y.") is no organisation of
 * its own.
 */
final class TownsSetOffAfterCompanies {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** "N.Y.", "D.C.": a state written with its initials. */
	private static final Pattern DOTTED = Pattern.compile("(?:\\p{Lu}\\.){1,2}\\p{Lu}\\.?");

	/** A town and its state: "Albany, N.Y.", "Garden City, N.Y.". */
	private static final int MAX_PLACE_TOKENS = 7;

	private TownsSetOffAfterCompanies() {
	}

	/**
	 * The comma that opens an apposition after the town set off behind the company name
	 * from {@code start} to {@code end}, or -1 when the name is no company's or no town
	 * and apposition follow.
	 */
	static int appositionComma(DocumentTokens doc, int start, int end) {
		if (end + 3 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)
				|| !OrganisationWords.companyName(doc, start, end)) {
			return -1;
		}
		int words = 0;
		int commas = 0;
		for (int t = end + 1; t + 1 < doc.size() && t - end <= MAX_PLACE_TOKENS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			if (token.is(",")) {
				if (words == 0) {
					return -1;
				}
				if (ARTICLES.contains(doc.get(t + 1).lower()) && !doc.boundaryBefore(t + 1)) {
					return t;
				}
				if (++commas > 1) {
					return -1;
				}
				words = 0;
				continue;
			}
			boolean period = token.is(".") && doc.get(t - 1).end() == token.start();
			if (!(token.word() && token.capitalized()) && !period) {
				return -1;
			}
			words++;
		}
		return -1;
	}

	/**
	 * Whether the name at {@code start} is the state of a town set off before it
	 * ("Albany, N.Y."): a state's initials or abbreviation after a comma and a town.
	 */
	static boolean stateAfterTown(DocumentTokens doc, int start) {
		if (start < 2 || !doc.get(start - 1).is(",") || !doc.get(start - 2).capitalized()
				|| doc.boundaryBefore(start)) {
			return false;
		}
		Token name = doc.get(start);
		boolean abbreviated = start + 1 < doc.size() && doc.get(start + 1).is(".")
				&& doc.get(start + 1).start() == name.end() && name.text().length() <= 5;
		return DOTTED.matcher(name.text()).matches() || abbreviated;
	}

}
