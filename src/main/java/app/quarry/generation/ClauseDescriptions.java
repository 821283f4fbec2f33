package app.quarry.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.EntityFact;

/**
 * An organisation described by a clause: "funded by the government of Ostland" is asked
 * as "What is the Norland Academy funded by?" and "Which organisation is funded by the
 * government of Ostland?"; "which clings to the party line" as "What does the Vetra
 * Movement cling to?" and "Which organisation clings to the party line?".
 */
final class ClauseDescriptions {

	/**
	 * A participle of who stands behind the organisation, with the share owned when the
	 * text gives one ("61%-owned by"), and its preposition.
	 */
	private static final Pattern BACKED = Pattern.compile(
			"((?:\\d+(?:\\.\\d+)?%-?\\s?)?(?:funded|financed|backed|sponsored|owned|founded|linked|allied|affiliated|supported|controlled|managed|held|run|created|formed)) (by|with|to) (.+)");

	/**
	 * A verb in the present after "which", and what follows it; what an organisation owns
	 * or makes is asked as such by the organisation questions.
	 */
	private static final Pattern WHICH = Pattern.compile("which (?!(?:" + EntityQuestions.TRADES
			+ ") )(?!\\p{Ll}+s and (?:" + EntityQuestions.TRADES + ") )(\\p{Ll}+s) (.+)");

	/**
	 * "which has never lost a match", "which has been sold": "has" there only helps the
	 * verb after it, so "What does Acme have?" would ask for nothing the text says it
	 * has.
	 */
	private static final Pattern AUXILIARY_HAS = Pattern.compile(
			"has (?:(?:never|always|already|not|long|just|also|since|recently|ever|yet|now|twice|once) )*(?:been|\\p{Ll}+ed|lost|made|won|done|had|seen|grown|become|paid|sold|built|kept|left|held|spent|taken|given|brought|bought|fought|told|run|met|shown|known|gone|come|put|set|cut|hit|led|begun|chosen|driven|written|risen|fallen|broken|spoken|stolen|frozen) .*");

	/** A preposition that goes with the verb: "clings to", "relies on". */
	private static final Set<String> PARTICLES = Set.of("to", "on", "in", "for", "with", "against", "from", "into",
			"upon", "about");

	private ClauseDescriptions() {
	}

	/** The questions, or null when the description is no such clause. */
	static List<BankQuestion> of(FactSite site, EntityFact fact, DistractorPool pool, QuestionAsking askingTheName) {
		String name = fact.value();
		String description = fact.description();
		String called = WrittenNames.called(site.document().text(), fact);
		Matcher backed = BACKED.matcher(description);
		Matcher which = WHICH.matcher(description);
		List<BankQuestion> questions = new ArrayList<>();
		String reverse;
		if (backed.matches()) {
			questions.add(site.question(QuestionFormat.FLASHCARD,
					"What is " + called + " " + backed.group(1) + " " + backed.group(2) + "?", backed.group(3),
					description, List.of(backed.group(3)), List.of(), null));
			reverse = "Which organisation is " + description + "?";
		}
		else if (which.matches()) {
			String verb = base(which.group(1));
			String rest = which.group(2);
			int space = rest.indexOf(' ');
			// "holds about 77% of it": a word before a number says how near it is, no
			// particle of the verb's
			String particle = space > 0 && PARTICLES.contains(rest.substring(0, space))
					&& !Character.isDigit(rest.charAt(space + 1)) ? rest.substring(0, space) : null;
			String object = particle == null ? rest : rest.substring(space + 1);
			if (!AUXILIARY_HAS.matcher(which.group(1) + " " + rest).matches()) {
				questions.add(site.question(QuestionFormat.FLASHCARD,
						"What does " + called + " " + verb + (particle == null ? "" : " " + particle) + "?", object,
						description, List.of(object), List.of(), null));
			}
			reverse = "Which organisation " + which.group(1) + " " + rest + "?";
		}
		else {
			return null;
		}
		if (!pool.otherOrganisationDescribedAs(name, description)) {
			questions.addAll(askingTheName.ask(site, reverse, name, description, pool));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

	/** "cites" gives "cite", "carries" "carry", "pushes" "push". */
	static String base(String present) {
		if (present.equals("has")) {
			return "have";
		}
		if (present.endsWith("ies")) {
			return present.substring(0, present.length() - 3) + "y";
		}
		if (present.matches(".*(sh|ch|x|zz|ss|o)es")) {
			return present.substring(0, present.length() - 2);
		}
		return present.substring(0, present.length() - 1);
	}

	/** How the organisation's name is asked among others and typed. */
	@FunctionalInterface
	interface QuestionAsking {

		List<BankQuestion> ask(FactSite site, String prompt, String name, String description, DistractorPool pool);

	}

}
