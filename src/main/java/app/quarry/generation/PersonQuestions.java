package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.generation.extract.PersonFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Who is who: "Who is the influential sister of North Korean leader Kim Jong Un?"
 * (multiple choice among people of the corpus with other roles, and typed) and the
 * flashcard "Who is Kim Yo Jong?" with the role on the back.
 */
final class PersonQuestions {

	private PersonQuestions() {
	}

	static List<BankQuestion> of(FactSite site, PersonFact fact, DistractorPool pool) {
		String name = fact.value();
		String role = fact.role() == null ? "" : fact.role().strip().replaceAll("[,.;]$", "");
		if (name == null || !name.contains(" ") || role.toLowerCase(Locale.ROOT).startsWith("then-")
				|| pool.othersWithRole(name, role) || Prose.words(role) < 2 || Prose.words(role) > 20
				|| Prose.mentions(role, name)) {
			return List.of();
		}
		String lower = role.toLowerCase(Locale.ROOT);
		boolean determined = lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ");
		String prompt = determined ? "Who is " + role + "?" : "Who is described as " + role + "?";
		List<String> accepted = DistractorPool.nameVariants(name);
		List<BankQuestion> questions = new ArrayList<>();
		List<String> others = pool.people(name, role, site.seed());
		if (others.size() == 3) {
			List<String> options = Stream.concat(Stream.of(name), others.stream())
				.sorted(Comparator.naturalOrder())
				.toList();
			questions.add(site.question("multiple_choice", prompt, name, name, accepted, options, null));
		}
		questions.add(site.question("typed", prompt, name, name, accepted, List.of(), null));
		questions.add(site.question("flashcard", "Who is " + name + "?", role, role, List.of(role), List.of(), null));
		return questions.stream().filter(q -> q != null).toList();
	}

}
