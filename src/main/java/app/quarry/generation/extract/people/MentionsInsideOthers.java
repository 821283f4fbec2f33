package app.quarry.generation.extract.people;

import java.util.List;

/**
 * Marks the mentions that stand inside something else: inside a quotation, inside another
 * name's apposition ("Jane Roe, a friend of John Doe,"), or inside the title written
 * before a name, so that only the mentions the narration makes are resolved.
 */
final class MentionsInsideOthers {

	private MentionsInsideOthers() {
	}

	static void mark(List<Mention> mentions, List<QuotedSpan> quoted) {
		int q = 0;
		Mention holder = null;
		int holderEnd = -1;
		for (Mention mention : mentions) {
			while (q < quoted.size() && quoted.get(q).innerEnd() <= mention.start) {
				q++;
			}
			mention.inQuote = q < quoted.size() && quoted.get(q).contains(mention.start);
			if (holder != null && mention.firstToken >= holder.endToken && mention.firstToken < holderEnd) {
				mention.embedded = true;
			}
			else if (mention.kind == Mention.Kind.NAME && mention.appositionEndToken > mention.endToken) {
				holder = mention;
				holderEnd = mention.appositionEndToken;
			}
			if (mention.kind == Mention.Kind.DESCRIPTION && overlapsRolePrefix(mention, mentions)) {
				mention.embedded = true;
			}
		}
	}

	private static boolean overlapsRolePrefix(Mention description, List<Mention> mentions) {
		for (Mention other : mentions) {
			if (other.kind == Mention.Kind.NAME && other.phraseStartToken <= description.firstToken
					&& description.firstToken < other.firstToken) {
				return true;
			}
		}
		return false;
	}

}
