package app.quarry.generation;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankQuestion;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.people.LooseAcronyms;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an organisation is: the flashcard "What is Magna?" with "a Canadian automobile
 * parts company" on the back, and "Which organisation is described as a Canadian
 * automobile parts company?" (multiple choice among the corpus' other organisations, and
 * typed) when no other organisation is described so.
 */
final class EntityQuestions {

	/** A word's possessive and the marks after it. */
	private static final Pattern TRAILING_MARKS = Pattern.compile("(?:'s|’s|[^\\p{L}\\p{N}])+$");

	private static final Pattern PRODUCTS = Pattern
		.compile("(?i)\\b(?:service|website|blog|brand|network|platform|app)$");

	/**
	 * "a documentary about safety at sea", "a novel set in Westria": a work is described,
	 * and a work is no organisation.
	 */
	private static final Pattern WORKS = Pattern.compile(
			"(?i)^(?:a|an|the) (?:[\\p{Ll}-]+ ){0,2}(?:documentary|film|movie|novel|book|album|song|programme|series|play|opera|painting|poem|video)\\b.*");

	private static final Pattern OWNED = Pattern.compile("^\\p{Lu}\\S*(?: \\p{Lu}\\S*)*(?:'s|s'|’s) ");

	private static final String BASED_IN = "based in ";

	private static final Pattern WHOSE_BUSINESS = Pattern.compile("whose ((?:\\S+ )?business) (is|was) (.+)");

	/** Verbs of a company's trade, in the present. */
	static final String TRADES = "owns|controls|makes|produces|publishes|operates|provides|manufactures|builds|distributes|sells|markets|designs|develops|runs|offers";

	/**
	 * Another verb in the present that a trade's verb is joined to ("distributes and
	 * rents", "plans and designs"); not one whose base drops more than its "s"
	 * ("carries").
	 */
	static final String PRESENT = "\\p{Ll}{2,}(?<!ie|ss|us|is|sh|ch)s";

	/**
	 * "which owns 40% of Brovo", "which makes pumps", "which distributes and rents
	 * films": what the organisation holds or does.
	 */
	private static final Pattern HOLDS = Pattern.compile("which ((?:had owned|had controlled|owned|controlled|" + TRADES
			+ ")(?: and (?:" + TRADES + "|" + PRESENT + "))?|" + PRESENT + " and (?:" + TRADES + ")) (.+)");

	/** "once a small wholesaler": what the organisation was before. */
	private static final Pattern FORMERLY = Pattern.compile("(once|formerly) ((?:a|an|the|one of) .+)");

	/** Words of a company's name that say nothing of which company it is. */
	private static final Pattern SUFFIX = Pattern
		.compile("(?i)^(?:corp|co|cos|inc|ltd|plc|llc|group|holdings|the|and|of|amp)$");

	private EntityQuestions() {
	}

	static List<BankQuestion> of(FactSite site, EntityFact fact, DistractorPool pool) {
		if (fact.place()) {
			return PlaceQuestions.of(site, fact, pool);
		}
		String name = fact.value() == null ? null : CutNames.whole(site.document().text(), fact, fact.value());
		String called = name == null ? null
				: name.equals(fact.value()) ? WrittenNames.called(site.document().text(), fact) : name;
		String description = PersonQuestions.written(fact.description());
		if (name == null || description.isEmpty() || Prose.words(description) > 20
				|| Prose.mentions(description, name)) {
			return List.of();
		}
		if (LooseAcronyms.shortens(name, description)) {
			return spelledOut(site, name, description);
		}
		List<BankQuestion> clause = ClauseDescriptions.of(site, fact, pool, EntityQuestions::askingTheName);
		if (clause != null) {
			return clause;
		}
		boolean based = description.startsWith(BASED_IN);
		// "General Motors' European division" is determined by its owner: no article
		String described = based || OWNED.matcher(description).find() ? description : Articles.indefinite(description);
		java.util.regex.Matcher holds = HOLDS.matcher(description);
		java.util.regex.Matcher formerly = FORMERLY.matcher(description);
		if (holds.matches() || formerly.matches()) {
			return heldOrFormer(site, name, called, description, holds.matches() ? holds : formerly, holds.matches(),
					pool);
		}
		List<BankQuestion> questions = new ArrayList<>();
		java.util.regex.Matcher business = WHOSE_BUSINESS.matcher(description);
		if (business.matches()) {
			// "whose main business is making pumps": asked as the business, and whose it
			// is
			questions.add(site.question(QuestionFormat.FLASHCARD, "What is " + called + "'s " + business.group(1) + "?",
					business.group(3), description, List.of(business.group(3)), List.of(), null));
		}
		else if (based) {
			questions.add(site.question(QuestionFormat.FLASHCARD, "Where is " + called + " based?",
					description.substring(BASED_IN.length()), description, List.of(description), List.of(), null));
		}
		else {
			questions.add(site.question(QuestionFormat.FLASHCARD, "What is " + called + "?", description, description,
					List.of(description), List.of(), null));
		}
		if (!pool.otherOrganisationDescribedAs(name, description) && !sharesAWord(description, name)
				&& !UnnamedWholes.leansOn(description)) {
			// "an online cloud computing service" is what a firm offers, not a firm
			String prompt = business
				.matches()
						? "Which organisation's " + business.group(1) + " " + business.group(2) + " " + business.group(
								3) + "?"
						: based ? "Which organisation is " + description + "?"
								: (PRODUCTS.matcher(description).find() || WORKS.matcher(description).matches() ? "What"
										: "Which organisation") + " is described as " + described + "?";
			questions.addAll(askingTheName(site, prompt, name, description, pool));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

	/**
	 * "which owns 40% of Brovo" is asked as "What does Zentrix own?" and "Which
	 * organisation owns 40% of Brovo?"; "once a small wholesaler" as "What was Zentrix
	 * once?" and "Which organisation was once a small wholesaler?".
	 */
	private static List<BankQuestion> heldOrFormer(FactSite site, String name, String called, String description,
			java.util.regex.Matcher matcher, boolean holds, DistractorPool pool) {
		String verb = holds ? matcher.group(1).replaceAll("(?<=sh|ch)es\\b|s\\b", "") : "was";
		String what = matcher.group(2);
		String card = holds ? "What does " + called + " " + verb + "?"
				: "What was " + called + " " + matcher.group(1) + "?";
		if (holds && matcher.group(1).startsWith("had ")) {
			card = "What had " + called + " " + matcher.group(1).substring(4) + "?"; // "had
																						// owned"
		}
		else if (holds && matcher.group(1).endsWith("ed")) {
			card = "What did " + called + " " + matcher.group(1).replaceAll("ed$", "").replaceAll("ll$", "l") + "?";
		}
		List<BankQuestion> questions = new ArrayList<>();
		questions.add(site.question(QuestionFormat.FLASHCARD, card, what, description, List.of(what), List.of(), null));
		if (!pool.otherOrganisationDescribedAs(name, description) && !sharesAWord(description, name)) {
			String prompt = "Which organisation " + (holds ? matcher.group(1) : "was " + matcher.group(1)) + " " + what
					+ "?";
			questions.addAll(askingTheName(site, prompt, name, description, pool));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

	/**
	 * "NATO" spelled out as "North Atlantic Treaty Organization": what the abbreviation
	 * stands for, and which abbreviation the words are shortened to.
	 */
	private static List<BankQuestion> spelledOut(FactSite site, String acronym, String words) {
		List<BankQuestion> questions = new ArrayList<>();
		questions.add(site.question(QuestionFormat.FLASHCARD, "What does " + acronym + " stand for?", words, words,
				List.of(words), List.of(), null));
		questions.add(site.question(QuestionFormat.TYPED, "Which abbreviation stands for " + words + "?", acronym,
				acronym, List.of(acronym), List.of(), null));
		return questions.stream().filter(q -> q != null).toList();
	}

	/** The name asked by {@code prompt}: among three other organisations, and typed. */
	private static List<BankQuestion> askingTheName(FactSite site, String prompt, String name, String description,
			DistractorPool pool) {
		return site.nameAskedBy(prompt, name, List.of(name), pool.organisations(name, description, site.seed()));
	}

	/**
	 * "a unit of Brovo Corp." asked of "Brovo Foods": the owner's name in the prompt
	 * gives the unit's away, so only the flashcard asks it. A word of the name counts
	 * where the description names something by it (a capital or a possessive follows, or
	 * nothing), not where it is an adjective ("Korean-American Club", "an association of
	 * Korean correspondents").
	 */
	private static boolean sharesAWord(String description, String name) {
		String[] words = description.split(" ");
		for (String word : name.split("[\\s.&-]+")) {
			if (word.length() <= 2 || SUFFIX.matcher(word).matches()) {
				continue;
			}
			for (int w = 0; w < words.length; w++) {
				String bare = TRAILING_MARKS.matcher(words[w]).replaceAll("");
				boolean named = w + 1 == words.length || !bare.equals(words[w])
						|| !words[w + 1].isEmpty() && Character.isUpperCase(words[w + 1].charAt(0));
				if (bare.equalsIgnoreCase(word) && named) {
					return true;
				}
			}
		}
		return false;
	}

}
