package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * A sentence that opens by naming a group ("Of the 40 crew members rescued,", "Out of 90
 * applicants,", "Of the nine,") and then splits it ("31 were men and nine were women",
 * "about a dozen stayed, one left") counts its parts in the group's noun, though each
 * part is told by a number and a verb alone. A group told by a bare number ("Of the
 * nine,") takes its noun from the count of that size said shortly before ("hired nine
 * guides"), or else each part names its own ("six were guides"); a group named by its
 * noun alone ("Of the victims,") lends that noun. The bare group itself only recalls that
 * earlier count and is not counted again.
 */
final class PartitiveGroups {

	private PartitiveGroups() {
	}

	/**
	 * "Of the 40 crew members rescued,", "Out of 90 applicants,", "Of the nine,": the
	 * words that open a sentence by naming a group, up to the comma that ends them;
	 * {@code size} is the word that may tell how many it holds.
	 */
	private static final Pattern GROUP_OPENING = Pattern.compile("[\\s\"“‘']*(?:Of|Out\\s+of)\\s+(?:(?:all\\s+)?"
			+ "(?:the|these|those)\\s+)?(?<size>\\d{1,3}(?:,\\d{3})+|[\\w-]+)?[^,;:]{0,80}?,");

	/**
	 * What a part's number is followed by: a verb, which tells that the noun was left out
	 * ("seven were", "one said", "two withdrew", "a dozen had been").
	 */
	private static final Pattern VERB_AFTER = Pattern.compile("\\s+(?:were|was|are|is|had|have|has|will|would|could"
			+ "|can|may|might|did|do|does|said|say|says|went|came|got|became|left|took|fell|won|lost|ran|stayed"
			+ "|withdrew|quit|fled|spoke|chose|gave|knew|thought|felt|kept|sought|wore|drew|rose"
			+ "|remain(?:ed|s)?|\\p{Ll}{3,}ed)\\b");

	/** Verbs that a number's following word was misread as its noun ("one said no"). */
	private static final Set<String> VERBS_READ_AS_NOUNS = Set.of("said", "says", "told", "voted", "agreed", "refused",
			"declined", "died", "stayed", "left", "won", "lost");

	/** " were men", " are retired teachers": a part that names its own noun. */
	private static final Pattern OWN_NOUN = Pattern.compile("\\s+(?:were|are)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}{3,})\\b");

	/** How many sentences back a bare group's size may have been counted. */
	private static final int SENTENCES_BACK = 3;

	static void lend(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = 0; i < found.size(); i++) {
			CountCandidate part = found.get(i);
			if (part.ordinal || part.scaled || part.upperBound
					|| part.unit != null && !VERBS_READ_AS_NOUNS.contains(part.unit)) {
				continue;
			}
			Sentence sentence = document.sentenceAt(part.start);
			if (sentence == null || !VERB_AFTER.matcher(clean).region(part.end, sentence.end()).lookingAt()) {
				continue; // a part is told by its number and a verb
			}
			Matcher opening = GROUP_OPENING.matcher(clean).region(sentence.start(), part.start);
			if (!opening.lookingAt()) {
				continue;
			}
			String unit = groupUnit(document, found, i, opening);
			if (unit == null) {
				unit = ownNoun(clean, part.end, sentence.end());
			}
			if (unit != null && !CountWords.isTimeUnit(unit)) {
				part.unit = unit;
				part.unitEnd = part.end;
			}
		}
	}

	/**
	 * The noun of the group a sentence opens with: its count's own ("Of the 40 crew
	 * members"), or for a bare size ("Of the nine,") the noun of the count of that size
	 * said shortly before; null if neither is told.
	 */
	private static String groupUnit(DocumentText document, List<CountCandidate> found, int i, Matcher opening) {
		for (int k = i - 1; k >= 0 && found.get(k).start >= opening.regionStart(); k--) {
			CountCandidate group = found.get(k);
			if (group.start < opening.end()) {
				return group.unit != null ? group.unit : sameSizeCountedBefore(document, found, i, group.value);
			}
		}
		String size = opening.group("size");
		if (size == null) {
			return null;
		}
		Long value = NumberWords.cardinal(size);
		if (value != null) {
			return sameSizeCountedBefore(document, found, i, value);
		}
		// "Of the victims,": a group named by its plural noun alone
		return opening.end() == opening.end("size") + 1 && Character.isLowerCase(size.charAt(0)) ? singular(size)
				: null;
	}

	/**
	 * The noun of the last count of {@code size} things in the few sentences before the
	 * i-th count's: "hired nine guides. Of the nine, ..." (null if none).
	 */
	private static String sameSizeCountedBefore(DocumentText document, List<CountCandidate> found, int i, long size) {
		Sentence sentence = document.sentenceAt(found.get(i).start);
		List<Sentence> sentences = document.sentences();
		int index = sentences.indexOf(sentence);
		int from = sentences.get(Math.max(0, index - SENTENCES_BACK)).start();
		for (int k = i - 1; k >= 0 && found.get(k).start >= from; k--) {
			CountCandidate p = found.get(k);
			if (p.start < sentence.start() && p.value == size && p.countsThings()) {
				return p.unit;
			}
		}
		return null;
	}

	/** The plural noun a part names after its verb ("were men"), or null. */
	private static String ownNoun(String clean, int from, int to) {
		Matcher m = OWN_NOUN.matcher(clean).region(from, to);
		return m.lookingAt() ? singular(m.group(1)) : null;
	}

	/** The singular of a plural noun ("women": "woman"), or null if it is none. */
	private static String singular(String word) {
		String noun = word.toLowerCase(Locale.ROOT);
		if (noun.equals("men") || noun.equals("women") || MenPlurals.is(noun)) {
			return noun.substring(0, noun.length() - 3) + "man";
		}
		return Nouns.isPlural(noun) && !Nouns.FUNCTION_WORDS.contains(noun) && !Nouns.QUANTIFIERS.contains(noun)
				? Nouns.singular(noun) : null;
	}

}
