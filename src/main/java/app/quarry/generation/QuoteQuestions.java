package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.generation.extract.QuoteFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * "Who said: “...”?" with the speaker's canonical name as the answer. Only whole
 * statements are asked (five words or more, opening with a capital): scare quotes and
 * fragments do not identify a speaker fairly.
 */
final class QuoteQuestions {

	private QuoteQuestions() {
	}

	static List<BankQuestion> of(FactSite site, QuoteFact fact, DistractorPool pool) {
		String quote = fact.quote();
		String speaker = fact.speaker();
		if (speaker == null || quote == null || Prose.words(quote) < 5 || !Character.isUpperCase(quote.charAt(0))) {
			return List.of();
		}
		String words = quote.strip().replaceAll("[,.]$", "");
		String prompt = "Who said: “" + words + "”?";
		List<String> accepted = DistractorPool.nameVariants(speaker);
		if (accepted.stream().anyMatch(name -> Prose.mentions(words, name))) {
			return List.of();
		}
		List<BankQuestion> questions = new ArrayList<>();
		List<String> others = pool.people(speaker, null, site.seed());
		if (others.size() == 3) {
			List<String> options = Stream.concat(Stream.of(speaker), others.stream())
				.sorted(Comparator.naturalOrder())
				.toList();
			questions.add(site.question("multiple_choice", prompt, speaker, speaker, accepted, options, quote));
		}
		questions.add(site.question("typed", prompt, speaker, speaker, accepted, List.of(), quote));
		questions.add(site.question("flashcard", prompt, speaker, speaker, accepted, List.of(), quote));
		return questions.stream().filter(q -> q != null).toList();
	}

}
