package app.quarry.generation.extract.people;

/**
 * "Roe has stalled, she argued, saying she holds the “wrong map”": a participle right
 * after a speech tag set off by commas belongs to the tag's subject, not to the subject
 * of the sentence's reported clause.
 */
final class TagsBeforeParticiples {

	private TagsBeforeParticiples() {
	}

	/** The subject of the speech tag just before the participle, or null. */
	static Mention subjectOfTagBefore(DocumentTokens doc, MentionIndex index, int participle) {
		int verb = participle - 2;
		if (verb < 2 || !doc.get(participle - 1).is(",") || !SpeechVerbs.isSpeechVerb(doc.get(verb).lower())
				|| doc.boundaryBefore(participle - 1) || doc.boundaryBefore(verb)) {
			return null;
		}
		Mention subject = index.subjectBefore(verb);
		if (subject == null || subject.endToken != verb || subject.person == null || subject.possessive
				|| subject.inQuote || subject.firstToken < 1 || doc.boundaryBefore(subject.firstToken)) {
			return null;
		}
		Token before = doc.get(subject.firstToken - 1);
		return before.is(",") || before.is("\"") || before.is("”") ? subject : null;
	}

}
