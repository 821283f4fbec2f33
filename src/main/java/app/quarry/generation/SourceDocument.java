package app.quarry.generation;

import app.quarry.bank.BankDocument;
import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.Fact;
import java.util.List;

/**
 * What generation needs of one document: its bank entry (id, title, date), its text as
 * stored, its sentences and the facts extracted from it (offsets into {@code text}).
 */
public record SourceDocument(BankDocument document, String text, List<Sentence> sentences, List<Fact> facts) {

	public SourceDocument {
		sentences = List.copyOf(sentences);
		facts = List.copyOf(facts);
	}

	/** The sentence that holds the fact, or null when the fact crosses sentences. */
	Sentence sentenceOf(Fact fact) {
		for (Sentence sentence : this.sentences) {
			if (sentence.start() <= fact.start() && fact.end() <= sentence.end()) {
				return sentence;
			}
		}
		return null;
	}

}
