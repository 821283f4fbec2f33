package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A bare number that ends a clause joined by "but" or "and" as the object of its verb
 * counts what the count before it in the sentence counted: "received nine nominations but
 * won only two", "ordered 40 jets and has since cancelled 12", "sold 300 tickets on
 * Monday and another 200 on Tuesday". The second clause leaves out the noun the first has
 * just said.
 */
final class ElidedObjects {

	private ElidedObjects() {
	}

	/**
	 * Past verbs whose bare number is what they acted on. Any other verb may take a
	 * number that is no object: an age ("turned 21"), a place ("finished 12", "ranked
	 * 4"), a level ("reached 50", "climbed 12") or a length of time ("lasted 12").
	 */
	private static final String OBJECT_VERB = "(?:won|lost|got|took|sold|bought|made|kept|gave|received|scored"
			+ "|acquired|added|adopted|approved|arrested|booked|cancell?ed|captured|charged|closed|collected|completed"
			+ "|convicted|delivered|deployed|deported|destroyed|detained|dismissed|displaced|donated|earned|employed"
			+ "|evacuated|expelled|fired|freed|hired|hospitali[sz]ed|infected|injured|jailed|killed|launched|missed"
			+ "|opened|ordered|planted|posted|produced|published|purchased|questioned|recorded|recovered|recruited"
			+ "|rejected|released|removed|rescued|retained|sacked|saved|secured|seized|shipped|signed|tested|treated"
			+ "|vaccinated|visited|wounded)";

	/**
	 * "but she won only ", ", and has since cancelled ": a joined clause, its subject if
	 * said, a verb in the past or perfect and a bound.
	 */
	private static final Pattern JOINED_VERB_BEFORE = Pattern.compile("(?:\\s|,\\s*)(?:but|and|yet)\\s+"
			+ "(?:(?:he|she|it|they|we|\\p{Lu}\\p{Ll}+)\\s+)?(?:(?:has|have|had)\\s+)?(?:(?:since|later|then|also"
			+ "|eventually|ultimately)\\s+)?" + OBJECT_VERB
			+ "\\s+(?:(?:only|just|another|a\\s+further|about|around|nearly|almost|some|over|more\\s+than)\\s+)?$");

	/** The number ends its clause. */
	private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.;:!?)—–]|,|$)");

	/**
	 * Lends the noun of the count before to a bare number that is a joined verb's object.
	 */
	static void lend(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = 1; i < found.size(); i++) {
			CountCandidate c = found.get(i);
			if (c.alreadyRead() || !CLAUSE_END.matcher(clean).region(c.end, clean.length()).lookingAt()
					|| !JOINED_VERB_BEFORE.matcher(clean.substring(Math.max(0, c.start - 60), c.start)).find()) {
				continue;
			}
			CountCandidate before = found.get(i - 1);
			if (before.countsThings() && before.scaled == c.scaled && before.unitEnd <= c.start
					&& CountWords.sameSentence(document, before.start, c.start)) {
				c.unit = before.unit; // "nine nominations but won only two"
			}
		}
	}

}
