package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "…,” our correspondent said", "says our Rome correspondent": the outlet's own reporter
 * speaking in its copy. The speaker is the one reporter the document names ("Laura King,
 * our correspondent in Rome", "our correspondent Laura King"); with none named, or more
 * than one, the words are the correspondent's as the copy calls them.
 */
final class OurCorrespondents {

	/** Who reports for the outlet. */
	private static final Set<String> REPORTERS = NameLexicon.words("correspondent", "reporter", "editor");

	/**
	 * Words that may stand between "our" and the reporter: "our Rome", "our political".
	 */
	private static final int MAX_MODIFIERS = 2;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	OurCorrespondents(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
	}

	/** "our correspondent said" with "our" at {@code t}: the speaker, or null. */
	FoundSpeaker beforeVerb(int t) {
		int end = end(t);
		return end > 0 && end < this.doc.size() && !this.doc.boundaryBefore(end)
				&& SpeechVerbs.isSpeechVerb(this.doc.get(end).lower())
				&& !SpeechVerbs.isParticiple(this.doc.get(end).lower()) ? speaker(t, end) : null;
	}

	/** "said our correspondent." with "our" at {@code t}: the speaker, or null. */
	FoundSpeaker afterVerb(int t) {
		int end = end(t);
		boolean closes = end > 0 && (end >= this.doc.size() || this.doc.boundaryBefore(end) || this.doc.get(end).is(".")
				|| this.doc.get(end).is(","));
		return closes ? speaker(t, end) : null;
	}

	/**
	 * The end (exclusive) of "our [two words] correspondent" opened at {@code t}, or -1.
	 */
	private int end(int t) {
		int n = this.doc.size();
		if (t >= n || !this.doc.get(t).lower().equals("our")) {
			return -1;
		}
		for (int u = t + 1; u < n && u <= t + 1 + MAX_MODIFIERS && !this.doc.boundaryBefore(u)
				&& this.doc.get(u).word(); u++) {
			if (REPORTERS.contains(this.doc.get(u).lower())) {
				return u + 1;
			}
		}
		return -1;
	}

	private FoundSpeaker speaker(int from, int to) {
		LocalPerson named = null;
		boolean outletsOwn = false;
		for (Mention mention : this.people.mentions) {
			if (mention.person == null || mention.person.described || mention.kind != Mention.Kind.NAME) {
				continue;
			}
			if (!reports(mention)) {
				// "By Jane Roe" heading the copy, "the BBC's Jane Roe": may be the
				// correspondent, under a name the words do not tie to the post
				outletsOwn |= mention.byline || ownedByInitials(mention);
				continue;
			}
			if (named != null && named != mention.person) {
				return FoundSpeaker.UNRESOLVED; // two reporters: which one speaks is not
												// told
			}
			named = mention.person;
		}
		if (named != null) {
			return FoundSpeaker.of(named);
		}
		if (outletsOwn) {
			return FoundSpeaker.UNRESOLVED; // "the BBC's Jane Roe" may be the
											// correspondent
		}
		String description = this.doc.span(from, to);
		LocalPerson someone = new LocalPerson(NameKey.of(description), description);
		someone.addSpelling(description);
		someone.described = true;
		return new FoundSpeaker(someone);
	}

	/**
	 * "The BBC's Jane Roe": a name owned by a body's initials, as an outlet's reporter
	 * is.
	 */
	private boolean ownedByInitials(Mention mention) {
		int mark = mention.phraseStartToken - 1;
		if (mark < 1 || !NameFinder.isPossessiveMark(this.doc.get(mark))) {
			return false;
		}
		String owner = this.doc.get(mark - 1).text();
		return owner.length() >= 2 && owner.chars().allMatch(c -> c >= 'A' && c <= 'Z');
	}

	/** Whether the text gives the named person a reporter's post. */
	private static boolean reports(Mention mention) {
		java.util.List<String> roles = new java.util.ArrayList<>(mention.person.roles);
		roles.add(mention.role);
		roles.add(mention.appositionRole);
		for (String role : roles) {
			if (role == null) {
				continue;
			}
			for (String word : role.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
				if (REPORTERS.contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

}
