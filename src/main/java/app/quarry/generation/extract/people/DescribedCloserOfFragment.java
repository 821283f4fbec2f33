package app.quarry.generation.extract.people;

/**
 * 'Crews were expected to use “the smallest force needed” to stop the boats, a port
 * official said.': a quoted fragment inside a sentence whose last clause is a described
 * speaker and a speech verb is that speaker's. Only when nothing else in the sentence
 * reports speech before the quote ("Acme wrote Beta that it meant “to buy more”, a Beta
 * spokesman said" relays another's words) and nothing but a time follows the verb.
 */
final class DescribedCloserOfFragment {

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	private final DescribedSpeakers describedSpeakers;

	DescribedCloserOfFragment(DocumentPeople people, AttributionClauses clauses, DescribedSpeakers describedSpeakers) {
		this.doc = people.doc;
		this.clauses = clauses;
		this.describedSpeakers = describedSpeakers;
	}

	/**
	 * The described speaker closing the sentence of the quote opening at {@code open} and
	 * closing right before {@code afterClose}, or null.
	 */
	LocalPerson speaker(int open, int afterClose) {
		int n = this.doc.size();
		if (this.doc.boundaryBefore(open) || afterClose >= n || this.doc.boundaryBefore(afterClose)) {
			return null;
		}
		int sentence = this.doc.sentence[open];
		for (int t = open - 1; t >= 0 && this.doc.sentence[t] == sentence; t--) {
			Token token = this.doc.get(t);
			if (!token.word() && !token.is(",") && !token.is("-") || this.clauses.speechVerbAt(t)) {
				return null; // another quotation, or speech reported before the words
			}
			if (this.doc.boundaryBefore(t)) {
				break;
			}
		}
		int comma = -1;
		int end = afterClose;
		for (; end < n && this.doc.sentence[end] == sentence
				&& !(end > afterClose && this.doc.boundaryBefore(end)); end++) {
			Token token = this.doc.get(end);
			if (token.is("\"") || token.is("“") || token.is("”") || token.is(":") || token.is(";")) {
				return null;
			}
			if (token.is(",")) {
				comma = end;
			}
			else if (comma < 0 && this.clauses.speechVerbAt(end)) {
				return null; // "“…” was what Acme said it wanted, a spokesman said"
			}
		}
		while (end > afterClose && !this.doc.get(end - 1).word()) {
			end--;
		}
		if (comma < 0 || comma + 2 >= end
				|| !AttributionClauses.DETERMINERS.contains(this.doc.get(comma + 1).lower())) {
			return null;
		}
		int verb = comma + 2;
		while (verb < end && !this.clauses.finiteSpeechVerbAt(verb)) {
			if (!this.doc.get(verb).word()) {
				return null;
			}
			verb++;
		}
		if (verb >= end || !this.clauses.onlyTimeAfter(verb + 1, end)) {
			return null;
		}
		FoundSpeaker described = this.describedSpeakers.unnamedSpeaker(comma + 1);
		return described == null ? null : described.person();
	}

}
