package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.QuoteFact;

/**
 * Finds who said what: every direct quotation with its speaker's name as the document
 * spells it most often. Scare quotes, terms and titles in quotation marks are left out.
 * The text includes the quotation marks; the quote is the words inside, without the comma
 * that hands over to the attribution.
 */
public final class QuoteExtractor implements FactFinder {

	@Override
	public List<QuoteFact> find(DocumentAnalysis analysis) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentText document = analysis.document();
		String text = document.text();
		List<QuoteFact> quotes = new ArrayList<>();
		SpelledOutSpeakers spelled = new SpelledOutSpeakers(text);
		for (Map.Entry<QuotedSpan, Attribution> entry : people.attributions.entrySet()) {
			if (!entry.getValue().quotation()) {
				continue;
			}
			QuotedSpan span = entry.getKey();
			int innerEnd = span.innerEnd();
			while (innerEnd > span.innerStart()
					&& (text.charAt(innerEnd - 1) == ',' || Character.isWhitespace(text.charAt(innerEnd - 1)))) {
				innerEnd--;
			}
			LocalPerson speaker = entry.getValue().speaker();
			if (speaker != null && speaker.described && TitleHoldersInFocus.titleWon(speaker.name())) {
				// "the world champion" stands for someone named whom the story left
				// unclear: no answer to "Who said"
				speaker = null;
			}
			if (speaker != null && speaker.described && MediumSpeakers.medium(speaker.name())) {
				speaker = null; // "writing in a blog post": where the words came, not who
			}
			if (speaker != null && speaker.described && PlainBodySpeakers.plain(speaker.name())) {
				speaker = null; // "the company said": which company is the story's to
								// tell
			}
			quotes.add(new QuoteFact(text.substring(span.start(), span.end()), span.start(), span.end(),
					text.substring(span.innerStart(), innerEnd),
					speaker == null ? null : spelled.fullName(RulersByGivenName.speakerName(speaker)),
					speaker != null && speaker.described));
		}
		return quotes;
	}

	/** The same, for a document read on its own. */
	public List<QuoteFact> find(DocumentText document, ExtractionContext context) {
		return find(new DocumentAnalysis(document, context));
	}

}
