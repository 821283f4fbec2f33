package app.quarry.generation;

import app.quarry.bank.BankDocument;
import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.people.Referents;
import java.util.List;

/**
 * What generation needs of one document: its bank entry (id, title, date), its text as
 * stored, its sentences, the facts extracted from it (offsets into {@code text}) and the
 * people its pronouns stand for.
 */
public record SourceDocument(BankDocument document, String text, List<Sentence> sentences, List<Fact> facts,
		Referents referents) {

	public SourceDocument {
		sentences = List.copyOf(sentences);
		facts = List.copyOf(facts);
		referents = referents == null ? Referents.NONE : referents;
	}

	/** A document whose pronouns are left as they are. */
	public SourceDocument(BankDocument document, String text, List<Sentence> sentences, List<Fact> facts) {
		this(document, text, sentences, facts, Referents.NONE);
	}

	/** The sentence that holds the fact, or null when the fact crosses sentences. */
	Sentence sentenceOf(Fact fact) {
		Sentence candidate = sentenceAt(fact.start());
		return candidate != null && fact.end() <= candidate.end() ? candidate : null;
	}

	private Sentence sentenceAt(int offset) {
		// sentences are in document order and do not overlap: the last one starting at or
		// before the offset is the only one that can hold it
		int lo = 0;
		int hi = this.sentences.size() - 1;
		Sentence candidate = null;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			if (this.sentences.get(mid).start() <= offset) {
				candidate = this.sentences.get(mid);
				lo = mid + 1;
			}
			else {
				hi = mid - 1;
			}
		}
		return candidate;
	}

	/**
	 * The sentences that hold a fact crossing sentences, joined: a quotation of several
	 * sentences is cited whole, with its attribution. Null when the fact crosses a
	 * paragraph break.
	 */
	Sentence sentencesOf(Fact fact) {
		Sentence first = sentenceAt(fact.start());
		Sentence last = sentenceAt(fact.end() - 1);
		if (first == null || last == null || last.end() < fact.end()) {
			return null;
		}
		String joined = this.text.substring(first.start(), last.end());
		// a break after the quotation is no paragraph of its own: the lower-case "said
		// Roe" the source put on the next line goes on with the quotation's sentence
		boolean crossesBreak = this.text.substring(first.start(), fact.end()).indexOf('\n') >= 0;
		return crossesBreak ? null : new Sentence(first.start(), last.end(), joined);
	}

	/**
	 * The fact's own words cited as a sentence, for facts that stand outside sentences.
	 */
	Sentence span(Fact fact) {
		return new Sentence(fact.start(), fact.end(), this.text.substring(fact.start(), fact.end()));
	}

}
