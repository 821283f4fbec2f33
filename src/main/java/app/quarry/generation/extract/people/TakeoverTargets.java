package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A takeover story names two companies, the buyer and the one bought, and then describes
 * one of them: "Brovex completed its acquisition of Telmar Inc., buying 80% of the Denver
 * software concern". The description that is itself bought (the object of "shares of", "a
 * stake in", "acquire", "liquidate") describes the company that was named as bought,
 * never the buyer.
 */
final class TakeoverTargets {

	/** Nouns whose "of", "in" or "for" names what is bought. */
	private static final Set<String> HOLDINGS = NameLexicon.words("shares", "stake", "stock", "acquisition", "purchase",
			"takeover", "control", "%", "percent", "liquidation", "buyout", "buy-out", "ownership", "offer", "bid",
			"outstanding", "interest", "holders", "shareholders", "stockholders");

	/** Verbs whose object is what is bought. */
	private static final Set<String> BUYS = NameLexicon.words("acquire", "acquires", "acquired", "acquiring", "buy",
			"buys", "bought", "buying", "purchase", "purchased", "purchasing", "liquidate", "liquidating", "absorb",
			"absorbing");

	private static final Set<String> LINKS = NameLexicon.words("of", "in", "for");

	/** How far before the link the noun of holding may stand ("shares, or 86%, of"). */
	private static final int MAX_HOLDING_DISTANCE = 4;

	private TakeoverTargets() {
	}

	/** Whether the name or description that starts at {@code t} is what is bought. */
	static boolean bought(DocumentTokens doc, int t) {
		int before = t - 1;
		if (before >= 0 && doc.get(before).lower().equals("the") && !doc.boundaryBefore(t)) {
			before--;
		}
		if (before < 0 || doc.boundaryBefore(before + 1)) {
			return false;
		}
		String lower = doc.get(before).lower();
		if (BUYS.contains(lower)) {
			return true;
		}
		if (!LINKS.contains(lower)) {
			return false;
		}
		for (int k = before - 1; k >= 0 && before - k <= MAX_HOLDING_DISTANCE && !doc.boundaryBefore(k + 1); k--) {
			if (HOLDINGS.contains(doc.get(k).lower())) {
				return true;
			}
		}
		return false;
	}

}
