package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * The businesses a company owns, named between "its" (or the company's possessive) and
 * the noun for what they are to it: "Zentrix Corp. said its Lamplight Homes subsidiary",
 * "Pasto S.p.A., through its Pasto Acquisition N.V. indirect unit,", "Halvern's Brixton
 * Inc. oil company", "Halvern Group said its Dell-Mart Drug Co., Pine Stores Inc. and
 * Carver Corp. operations". Whose "its" is comes from {@link UnitOwners}; a name the
 * rules took for a person's, or an owner no rule can tell, gives nothing.
 */
final class OwnedUnits {

	/** Nouns for a business a company owns, singular and plural. */
	private static final Set<String> UNITS = NameLexicon.words("unit", "units", "subsidiary", "subsidiaries",
			"division", "divisions", "affiliate", "affiliates", "arm", "operation", "operations");

	/**
	 * Nouns that name an owned business only with words that say what it does ("its
	 * Brixton oil company"): alone, "its Brovo business" may be business done with Brovo.
	 */
	private static final Set<String> TRADES = NameLexicon.words("company", "companies", "business", "businesses",
			"concern", "concerns");

	/** "disk-drive" and "oil and gas" before the noun: a few words at most. */
	private static final int MAX_MODIFIERS = 4;

	private static final int MAX_LISTED = 5;

	private OwnedUnits() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person, boolean[] named) {
		List<EntityFact> facts = new ArrayList<>();
		for (int t = 0; t + 2 < doc.size(); t++) {
			EntityFact setOff = setOffAfter(doc, text, t, person, named);
			if (setOff != null) {
				facts.add(setOff);
				continue;
			}
			String owner = ownerBefore(doc, t + 1, person, named);
			if (owner == null) {
				continue;
			}
			List<int[]> names = new ArrayList<>();
			int k = t + 1;
			while (names.size() < MAX_LISTED && k < doc.size() && doc.get(k).capitalized() && !doc.boundaryBefore(k)) {
				int end = UnitOwners.nameEnd(doc, k);
				while (end + 1 < doc.size() && StrippedAmpersands.inName(doc, k, end)) {
					end = UnitOwners.nameEnd(doc, end + 1); // "its Pell amp Carver
															// operations"
				}
				names.add(new int[] { k, end });
				if (end + 1 < doc.size() && doc.get(end).is(",") && doc.get(end + 1).lower().equals("and")) {
					end++; // "A, B, and C"
				}
				if (end + 1 < doc.size() && (doc.get(end).is(",") || doc.get(end).lower().equals("and"))
						&& doc.get(end + 1).capitalized() && !doc.boundaryBefore(end + 1)) {
					k = end + 1;
					continue;
				}
				k = end;
				break;
			}
			String[] what = unitNoun(doc, k, names.size() > 1);
			boolean direct = what != null && what[0].isEmpty() && names.size() == 1;
			if (names.isEmpty() || what == null || anyNamedPerson(names, person)
					|| !names.stream().allMatch(n -> business(doc, n[0], n[1], direct, person))) {
				continue;
			}
			String description = description(owner, what[0], what[1]);
			for (int[] name : names) {
				Token first = doc.get(name[0]);
				Token last = doc.get(name[1] - 1);
				String value = text.substring(first.start(), last.end());
				facts.add(new EntityFact(value, first.start(), last.end(), value, description));
			}
			t = k;
		}
		return facts;
	}

	/**
	 * Whether the noun for an owned business, after a few words that say what it does,
	 * starts at {@code at}: "shipping business", "division", "personal insurance
	 * operations".
	 */
	static boolean unitNounAt(DocumentTokens doc, int at) {
		return unitNoun(doc, at, false) != null || unitNoun(doc, at, true) != null;
	}

	/**
	 * "Tarnwell Group Corp. and its main lending arm, Fennick Savings Bank": the unit
	 * named after the noun, when "its" at {@code its} opens the phrase; or null.
	 */
	private static EntityFact setOffAfter(DocumentTokens doc, String text, int its, boolean[] person, boolean[] named) {
		if (!doc.get(its).lower().equals("its") || its + 2 >= doc.size() || doc.get(its + 1).capitalized()) {
			return null;
		}
		int k = its + 1;
		while (k < doc.size() && k - its <= MAX_MODIFIERS + 1 && !doc.boundaryBefore(k) && !doc.get(k).is(",")) {
			k++;
		}
		if (k + 1 >= doc.size() || !doc.get(k).is(",") || !doc.get(k + 1).capitalized() || doc.boundaryBefore(k + 1)
				|| !UNITS.contains(doc.get(k - 1).lower()) && !TRADES.contains(doc.get(k - 1).lower())) {
			return null;
		}
		String[] what = unitNoun(doc, its + 1, false);
		int start = k + 1;
		int end = UnitOwners.nameEnd(doc, start);
		if (what == null || UnitOwners.region(doc, start, end)
				|| anyNamedPerson(List.of(new int[] { start, end }), person)
				|| end < doc.size() && !doc.get(end).is(",") && !doc.get(end).is(".") && !doc.boundaryBefore(end)) {
			return null; // the name must close the phrase: "its unit, Brovo, said" or the
							// sentence's end
		}
		String owner = UnitOwners.ofIts(doc, its, person, named);
		if (owner == null) {
			return null;
		}
		Token first = doc.get(start);
		Token last = doc.get(end - 1);
		String value = text.substring(first.start(), last.end());
		return new EntityFact(value, first.start(), last.end(), value, description(owner, what[0], what[1]));
	}

	/**
	 * The owner whose "its" or possessive ends right before {@code start}, or null.
	 */
	private static String ownerBefore(DocumentTokens doc, int start, boolean[] person, boolean[] named) {
		Token before = doc.get(start - 1);
		if (!doc.get(start).capitalized() || doc.boundaryBefore(start)) {
			return null;
		}
		if (before.lower().equals("its")) {
			return UnitOwners.ofIts(doc, start - 1, person, named);
		}
		return UnitOwners.possessive(doc, start, person, named);
	}

	/**
	 * The noun that says what the names are to their owner, from {@code at}, after a few
	 * words that say what they do: {words from the first modifier to the noun, the noun
	 * in the singular}, or null.
	 */
	private static String[] unitNoun(DocumentTokens doc, int at, boolean plural) {
		int k = at;
		while (k < doc.size() && k - at <= MAX_MODIFIERS && !doc.boundaryBefore(k)) {
			Token token = doc.get(k);
			String lower = token.lower();
			if (UNITS.contains(lower) || TRADES.contains(lower) && k > at) {
				boolean many = lower.endsWith("s") && !lower.equals("business");
				// "its Pell Foods operations": one business's operations, or several's
				boolean either = lower.equals("operations");
				if (many != plural && !either || k + 1 < doc.size() && !doc.boundaryBefore(k + 1)
						&& (doc.get(k + 1).capitalized() || doc.get(k + 1).lower().equals("of"))) {
					return null; // "its Brovo unit Zentrix", "its Brovo unit of ...":
									// another shape
				}
				String singular = !many || either && !plural ? lower
						: lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y" : lower.endsWith("sses")
								? lower.substring(0, lower.length() - 2) : lower.substring(0, lower.length() - 1);
				String modifiers = k > at ? doc.span(at, k) + " " : "";
				return new String[] { modifiers, singular };
			}
			boolean modifier = (token.word() || token.is("-")) && !token.capitalized()
					&& !OrganisationFinder.ARTICLES.contains(lower) && !OrganisationFinder.VERBS.contains(lower)
					&& !NameLexicon.PREPOSITIONS.contains(lower)
					&& (!NameLexicon.FUNCTION_WORDS.contains(lower) || lower.equals("and") && k > at);
			if (!modifier) {
				return null;
			}
			k++;
		}
		return null;
	}

	/**
	 * "Zentrix Corp.'s indirect unit" when words say what kind of unit it is, else "a
	 * subsidiary of Zentrix Corp.".
	 */
	private static String description(String owner, String modifiers, String noun) {
		if (!modifiers.isEmpty()) {
			return owner + (owner.endsWith("s") ? "' " : "'s ") + modifiers + noun;
		}
		String article = "aeio".indexOf(noun.charAt(0)) >= 0 ? "an " : "a "; // "a unit"
		return article + noun + " of " + owner;
	}

	/**
	 * Whether the name is a business's: one that says it is a company's, or a name of two
	 * words or more right before the noun ("its Lamplight Homes subsidiary"). A single
	 * word or a name followed by what the unit does may be where it works ("Provigo's
	 * Quebec grocery unit", "its Quebec and Ontario operations").
	 */
	private static boolean business(DocumentTokens doc, int start, int end, boolean direct, boolean[] person) {
		return UnitOwners.company(doc, start, end, person)
				|| (direct || namedBetween(doc, start, end)) && end - start >= 2 && !UnitOwners.region(doc, start, end);
	}

	/**
	 * "its Dorset Global shipping business": a name of two capitalized words or more
	 * right after "its", which no rule took for a person's or a place's, is the unit's
	 * own name before what it does.
	 */
	private static boolean namedBetween(DocumentTokens doc, int start, int end) {
		return start > 0 && doc.get(start - 1).lower().equals("its") && OwnedUnitNames.at(doc, start, end);
	}

	private static boolean anyNamedPerson(List<int[]> names, boolean[] person) {
		for (int[] name : names) {
			for (int t = name[0]; t < name[1]; t++) {
				if (person[t]) {
					return true;
				}
			}
		}
		return false;
	}

}
