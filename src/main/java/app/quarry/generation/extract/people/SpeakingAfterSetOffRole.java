package app.quarry.generation.extract.people;

/**
 * "Norland's prime minister, Jane Roe said, ...": a name set off after its role whose
 * closing comma was left out, because the sentence's speech verb follows it at once. The
 * name is the subject the role is set off before, unless the verb is a tag thrown into
 * the sentence ("Acme's chairman, Jane Roe said, would resign"), whose comma after the
 * verb goes on with no quotation.
 */
final class SpeakingAfterSetOffRole {

	private SpeakingAfterSetOffRole() {
	}

	/** Whether the name is closed by a comma, or by the speech verb of its sentence. */
	static boolean closedOrSpeaking(DocumentTokens doc, Mention name) {
		if (RoleWords.closedAfter(doc, name)) {
			return true;
		}
		int verb = name.endToken;
		if (verb >= doc.size() || doc.boundaryBefore(verb) || !doc.get(verb).word() || doc.get(verb).capitalized()
				|| !SpeechVerbs.isSpeechVerb(doc.get(verb).lower())) {
			return false;
		}
		int after = verb + 1;
		if (after >= doc.size() || doc.boundaryBefore(after) || !doc.get(after).is(",")) {
			return true;
		}
		return after + 1 < doc.size() && QUOTATION_MARKS.contains(doc.get(after + 1).text());
	}

	private static final java.util.Set<String> QUOTATION_MARKS = java.util.Set.of("\"", "\u201c", "'", "\u2018");

}
