package app.quarry.generation;

import app.quarry.bank.Bank;
import app.quarry.bank.BankDocument;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import app.quarry.generation.extract.ReferenceDateFinder;
import app.quarry.generation.extract.people.PersonDirectory;
import app.quarry.generation.extract.people.Referents;
import app.quarry.generation.extract.FactExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole pipeline from documents to a bank: split each document into sentences,
 * extract its facts, generate the questions of the corpus.
 */
public final class BankGeneration {

	private final FactExtractor extractor;

	public BankGeneration(FactExtractor extractor) {
		this.extractor = extractor;
	}

	public Bank generate(List<CorpusDocument> documents) {
		return generate(documents, stage -> {
		});
	}

	/**
	 * Generates the bank, telling {@code stages} the name of each stage as it ends (for
	 * benchmarks that time them).
	 */
	public Bank generate(List<CorpusDocument> documents, Consumer<String> stages) {
		return generate(documents, stages, (done, total) -> {
		});
	}

	/**
	 * Generates the bank, telling {@code stages} the name of each stage as it ends and
	 * {@code progress} how many documents have had their facts extracted (for a progress
	 * bar: extraction is most of the work).
	 */
	public Bank generate(List<CorpusDocument> documents, Consumer<String> stages, ExtractionProgress progress) {
		List<DocumentText> texts = documents.stream().map(d -> DocumentText.of(d.text())).toList();
		stages.accept("ingest (mask, split)");
		PersonDirectory.Builder directory = new PersonDirectory.Builder();
		List<List<Fact>> extracted = new ArrayList<>();
		List<Referents> referents = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			CorpusDocument document = documents.get(i);
			DocumentText text = texts.get(i);
			DocumentAnalysis ofText = new DocumentAnalysis(text, null);
			LocalDate reference = document.published() != null && document.published().length() == 10
					? LocalDate.parse(document.published()) : ReferenceDateFinder.find(ofText);
			stages.accept("reference date");
			DocumentAnalysis analysis = ofText.inContext(new ExtractionContext(document.id(), reference));
			extracted.add(this.extractor.extract(analysis, stages));
			// from the people the finders read in the document's analysis
			directory.add(analysis);
			referents.add(Referents.of(analysis));
			stages.accept("person directory");
			progress.documentsDone(i + 1, documents.size());
		}
		PersonDirectory people = directory.build();
		stages.accept("person directory");
		List<SourceDocument> sources = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			List<Fact> facts = extracted.get(i).stream().map(f -> canonical(f, people)).toList();
			sources.add(new SourceDocument(entry(documents.get(i)), documents.get(i).text(), texts.get(i).sentences(),
					facts, referents.get(i)));
		}
		extracted.clear();
		stages.accept("canonical names");
		Bank bank = new Bank(sources.stream().map(SourceDocument::document).toList(),
				QuestionGenerator.generate(sources));
		stages.accept("questions");
		return bank;
	}

	/** Told after each document's extraction. */
	@FunctionalInterface
	public interface ExtractionProgress {

		void documentsDone(int done, int total);

	}

	/**
	 * Names one person by one spelling across the corpus ("Kim Jong-un" and "Kim Jong
	 * Un").
	 */
	private static Fact canonical(Fact fact, PersonDirectory people) {
		return switch (fact) {
			case QuoteFact q when q.speaker() != null && !q.source() ->
				new QuoteFact(q.text(), q.start(), q.end(), q.quote(), spelled(q.speaker(), people));
			case PersonFact p when p.value() != null ->
				new PersonFact(p.text(), p.start(), p.end(), people.canonical(p.value()), p.role());
			default -> fact;
		};
	}

	/**
	 * The corpus' spelling of a speaker's name, unless the document names its speaker by
	 * a surname alone: words a story gives to "Roe" or "President Roe" are asked as
	 * "Roe"'s, the fullest form it gives; the full name found in another story may be
	 * another Roe's, and "King Kassem" stays so. (A card asking who "Roe" is keeps the
	 * corpus' full name: a lone surname that others bear too would make it ambiguous.)
	 */
	private static String spelled(String name, PersonDirectory people) {
		String canonical = people.canonical(name);
		// "King Kassem": a ruler's title the story gives is fuller than the bare name
		return canonical.indexOf(' ') < 0 || name.strip().indexOf(' ') < 0 ? name : canonical;
	}

	/** The bank's entry for a document. */
	public static BankDocument entry(CorpusDocument d) {
		return new BankDocument(d.id(), d.title(), d.published(), d.publisher(), d.author(), d.sha256());
	}

}
