package app.quarry.generation.extract.people;

/**
 * "Roe said that the team sends the fans “warm regards” according to the Gazette": when
 * the quote's own sentence already has someone named report it with a speech verb, an
 * "according to" after the quote names where the report came from, not whose the words
 * are.
 */
final class SourcesOfAReport {

	private SourcesOfAReport() {
	}

	/**
	 * Whether, before the quote closed at {@code close}, its sentence holds a finite
	 * speech verb with a named subject of its own.
	 */
	static boolean reportedBeforeQuote(DocumentPeople people, AttributionClauses clauses, int close) {
		QuotedSpan span = people.quoteClosingAt(close);
		if (span == null) {
			return false;
		}
		DocumentTokens doc = people.doc;
		int open = doc.tokenAt(span.start());
		int sentence = doc.sentence[open];
		for (int t = open - 1; t > 0 && doc.sentence[t] == sentence; t--) {
			if (doc.get(t).is("”") || doc.get(t).is("\"") || doc.afterLineBreak[t]) {
				return false; // another quotation's attribution
			}
			if (clauses.finiteSpeechVerbAt(t)) {
				Mention subject = people.index.subjectBefore(t);
				return subject != null && subject.person != null && !subject.person.described
						&& clauses.rightBefore(subject, t);
			}
			if (doc.boundaryBefore(t)) {
				return false;
			}
		}
		return false;
	}

}
