package app.quarry.generation.extract.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;

/**
 * Reads the seed documents of the committed corpus and shows extraction results
 * compactly.
 */
final class SeedDocuments {

	static final String CITIZEN_LETTER = "2018-01-29-citizen-letter-to-kim-jong-un.txt";

	static final String CORRESPONDENCE_RESUMES = "2018-09-10-correspondence-resumes.txt";

	static final String DIALOGUE_MOMENTUM = "2018-09-letters-maintain-dialogue-momentum.txt";

	static final String KIM_COMPLAINED = "2022-09-26-kim-complained-of-moon.txt";

	static final String KIM_YO_JONG = "2025-07-kim-yo-jong-statement.txt";

	static final List<String> ALL = List.of(CITIZEN_LETTER, CORRESPONDENCE_RESUMES, DIALOGUE_MOMENTUM, KIM_COMPLAINED,
			KIM_YO_JONG);

	private SeedDocuments() {
	}

	static DocumentText read(String name) {
		try {
			return DocumentText.of(Files.readString(Path.of("questions/corpus", name)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "speaker :: quoted words" for every quotation found. */
	static List<String> quotes(DocumentText document) {
		return new QuoteExtractor().find(document, new ExtractionContext("test", null))
			.stream()
			.map(quote -> quote.speaker() + " :: " + quote.quote())
			.toList();
	}

	static List<QuoteFact> quoteFacts(DocumentText document) {
		return new QuoteExtractor().find(document, new ExtractionContext("test", null));
	}

	/** "name | role" for every person fact found. */
	static List<String> people(DocumentText document) {
		return new PersonExtractor().find(document, new ExtractionContext("test", null))
			.stream()
			.map(SeedDocuments::show)
			.toList();
	}

	private static String show(PersonFact fact) {
		return fact.value() + " | " + fact.role();
	}

}
