package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Bare numbers of people told by what they did or what was done to them: "police said 150
 * attended", "upwards of 200 turned up", "some 90 who had enrolled", "five were referred
 * to the prosecutor", "three were later charged". Only people attend, sign up, vote or
 * march, or are charged, sentenced or deported, and only people have arrests, bodies or
 * families ("eight whose arrests were announced"), so the number counts people though
 * news leaves "people" out; so does a number whose lives are told of or who make a crowd
 * ("the lives of 300", "a crowd of 12,000").
 */
final class PeopleByTheirDeeds {

	private PeopleByTheirDeeds() {
	}

	/** What only people do: "attended", "signed up", "voted", "took part". */
	private static final String DID = "attended|attend|signed\\s+up|sign\\s+up|registered|voted|vote|turned\\s+(?:out|up)"
			+ "|showed\\s+up|gathered|marched|protested|rallied|demonstrated|took\\s+part|participated|applied"
			+ "|enrolled|graduated|volunteered|resigned|testified|walked\\s+out|went\\s+on\\s+strike|fled|escaped";

	/**
	 * What is done only to people: "were referred", "have been charged". Not "fired",
	 * "released" or "suspended", which rockets, records and services undergo as well.
	 */
	private static final String UNDERWENT = "referred|charged|convicted|sentenced|jailed|imprisoned|fined|cautioned"
			+ "|freed|deported|questioned|interviewed|expelled|sacked|laid\\s+off|hired"
			+ "|elected|re-elected|acquitted|pardoned|executed|bapti[sz]ed|ordained|rehoused|treated";

	/**
	 * After the bare number: "attended", "who had signed up", "were referred", "have
	 * since been charged", "were later released".
	 */
	private static final Pattern DEED_AFTER = Pattern.compile("\\s+(?:(?:who|that)\\s+)?(?:(?:had|have|has|did|also"
			+ "|reportedly|later|eventually|actually|then|still|each|all)\\s+){0,2}(?:(?:" + DID
			+ ")|(?:were|are|have\\s+been|had\\s+been|have\\s+since\\s+been|will\\s+be|would\\s+be)\\s+(?:(?:also"
			+ "|later|since|subsequently|then|now|reportedly)\\s+)?(?:" + UNDERWENT + "))\\b");

	/**
	 * " whose arrests", " whose bodies": what only people have or undergo, owned by the
	 * bare number ("among eight whose arrests were announced").
	 */
	private static final Pattern WHOSE_PERSONAL_AFTER = Pattern.compile("\\s+whose\\s+(?:arrests?|deaths?|bodies|body"
			+ "|families|family|relatives|parents|children|wives|husbands|lives|life"
			+ "|nationalities|nationality|passports?|visas?|convictions?|sentences|trials?|funerals?)\\b");

	/** " of those who", " of whom": a part of people, whoever they were. */
	private static final Pattern OF_THOSE_WHO_AFTER = Pattern.compile(
			"\\s+of\\s+(?:those|them)\\s+who\\b|\\s+of\\s+those\\s+(?:killed|injured|arrested|on\\s+board|aboard)\\b");

	/**
	 * "the lives of at least 300", "a crowd of 12,000": only people have lives or make a
	 * crowd, so the bare number after them counts people.
	 */
	private static final Pattern PEOPLE_BEFORE = Pattern.compile("(?i)\\b(?:lives|crowds?)\\s+of\\s+(?:(?:at\\s+least"
			+ "|some|about|around|nearly|almost|roughly|over|more\\s+than|up\\s+to|an\\s+estimated)\\s+)?$");

	/** "no one", "any one", "every one": not a number of people. */
	private static final Pattern NONE_BEFORE = Pattern.compile("(?i)\\b(?:no|any|every|not)\\s+$");

	/** Gives a bare number whose verb only people take the unit "person". */
	static void read(DocumentText document, String clean, List<CountCandidate> found) {
		for (CountCandidate c : found) {
			if (c.unit == null && c.ofThem && !c.ordinal && c.value > 1
					&& OF_THOSE_WHO_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				c.unit = "person"; // "189 of those who died"
				continue;
			}
			if (c.alreadyRead()) {
				continue;
			}
			Sentence sentence = document.sentenceAt(c.start);
			if (sentence == null) {
				continue;
			}
			String before = clean.substring(Math.max(sentence.start(), c.start - 20), c.start);
			if (!c.ordinal && c.value > 1
					&& PEOPLE_BEFORE.matcher(clean.substring(Math.max(sentence.start(), c.start - 40), c.start))
						.find()) {
				c.unit = "person"; // "threatens the lives of four million"
				continue;
			}
			if (!NONE_BEFORE.matcher(before).find()
					&& (DEED_AFTER.matcher(clean).region(c.end, Math.min(sentence.end(), clean.length())).lookingAt()
							|| WHOSE_PERSONAL_AFTER.matcher(clean)
								.region(c.end, Math.min(sentence.end(), clean.length()))
								.lookingAt())) {
				c.unit = "person";
			}
		}
	}

}
