package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LetterFact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the facts of a corpus into questions. Facts that cannot make a good question are
 * skipped. The same question from several documents (same type, format, value and prompt,
 * hence the same id) becomes one question listing every source, the first document by id
 * as its {@code source}.
 */
public final class QuestionGenerator {

	private QuestionGenerator() {
	}

	/** The questions for these documents, sorted by id. */
	public static List<BankQuestion> generate(List<SourceDocument> documents) {
		List<SourceDocument> ordered = documents.stream().sorted(Comparator.comparing(d -> d.document().id())).toList();
		DistractorPool pool = new DistractorPool(ordered);
		Map<String, BankQuestion> byId = new LinkedHashMap<>();
		for (SourceDocument document : ordered) {
			List<Fact> facts = new ArrayList<>(document.facts());
			facts.sort(Comparator.comparingInt(Fact::start).thenComparingInt(Fact::end));
			for (Fact fact : facts) {
				Sentence sentence = document.sentenceOf(fact);
				if (sentence == null) {
					continue;
				}
				for (BankQuestion q : questions(new FactSite(document, sentence, fact), pool)) {
					byId.merge(q.id(), q, (kept, more) -> kept.withSource(more.source()));
				}
			}
		}
		return byId.values().stream().sorted(Comparator.comparing(BankQuestion::id)).toList();
	}

	private static List<BankQuestion> questions(FactSite site, DistractorPool pool) {
		return switch (site.fact()) {
			case DateFact date -> DateQuestions.of(site, date, pool);
			case CountFact count -> CountQuestions.of(site, count);
			case QuoteFact quote -> QuoteQuestions.of(site, quote, pool);
			case PersonFact person -> PersonQuestions.of(site, person, pool);
			case LetterFact letter -> LetterQuestions.of(site, letter, pool);
			default -> List.of();
		};
	}

}
