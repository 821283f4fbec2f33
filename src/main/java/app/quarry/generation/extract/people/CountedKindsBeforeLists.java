package app.quarry.generation.extract.people;

import java.util.Set;

import app.quarry.generation.extract.NumberWords;

/**
 * A counted plural of an organisation's kind, set off before the list of their names:
 * "two farm workers' unions, the Harvest Guild and the Grain Growers Union". Each name is
 * one of that kind ("farm workers' union"). The count must match the names listed, so
 * that a name holding "and" of its own, or a list that runs on into other things, is left
 * alone.
 */
final class CountedKindsBeforeLists {

	/** Words between the count and the plural that cannot qualify it. */
	private static final Set<String> BREAKS = NameLexicon.words("and", "or", "of", "for", "in", "with");

	/** Lower-case words that stand inside an organisation's name. */
	private static final Set<String> INSIDE_NAMES = NameLexicon.words("of", "for", "the", "on", "&");

	private static final int MAX_KIND_TOKENS = 5;

	private static final int MAX_LIST_TOKENS = 30;

	private CountedKindsBeforeLists() {
	}

	/** The kind of the organisation named from {@code start}, or null. */
	static String before(DocumentTokens doc, int start) {
		for (int comma = start - 1; comma > 2 && start - comma <= MAX_LIST_TOKENS; comma--) {
			if (doc.boundaryBefore(comma + 1)) {
				return null;
			}
			if (!doc.get(comma).is(",")) {
				continue;
			}
			Kind kind = countedKind(doc, comma);
			if (kind != null) {
				return itemStarts(doc, comma, start, kind.count()) ? kind.description() : null;
			}
		}
		return null;
	}

	/**
	 * "two civil rights groups" before the comma at {@code comma}: the singular kind with
	 * its qualifiers, and the count checked against the list later; null for any other
	 * words.
	 */
	private static Kind countedKind(DocumentTokens doc, int comma) {
		int head = comma - 1;
		Token noun = doc.get(head);
		String singular = noun.word() && !noun.capitalized() ? OrganisationWords.singular(noun.lower()) : null;
		if (singular == null) {
			return null;
		}
		for (int t = head - 1; t >= 0 && head - t <= MAX_KIND_TOKENS && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			Long count = NumberWords.cardinal(token.lower());
			if (count != null && count >= 2) {
				if (t == head - 1) {
					return null; // "two groups" tells no kind
				}
				return new Kind(doc.span(t + 1, head) + " " + singular, count);
			}
			if (!token.word() || token.capitalized() || BREAKS.contains(token.lower())
					|| NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				return null;
			}
		}
		return null;
	}

	/** The kind each listed name is, and how many names the count promises. */
	private record Kind(String description, long count) {
	}

	/**
	 * Whether the names after the comma, joined by commas and "and", are as many as the
	 * count, end the sentence or a clause, and {@code start} opens one of them.
	 */
	private static boolean itemStarts(DocumentTokens doc, int comma, int start, long wanted) {
		int items = 0;
		boolean startsItem = false;
		boolean expectItem = true;
		int t = comma + 1;
		for (; t < doc.size() && !doc.boundaryBefore(t) && t - comma <= MAX_LIST_TOKENS; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (expectItem) {
				if (lower.equals("the") && !token.capitalized()) {
					continue;
				}
				if (!token.word() || !token.capitalized()) {
					return false;
				}
				items++;
				startsItem |= t == start;
				expectItem = false;
				continue;
			}
			if (token.is(",") || lower.equals("and")) {
				if (t + 1 < doc.size() && doc.get(t + 1).lower().equals("and")) {
					t++;
				}
				expectItem = true;
				continue;
			}
			if (!token.capitalized() && !INSIDE_NAMES.contains(lower)) {
				break;
			}
		}
		boolean closed = t >= doc.size() || doc.boundaryBefore(t) || doc.get(t).is(".") || doc.get(t).is(";");
		return closed && !expectItem && items == wanted && startsItem;
	}

}
