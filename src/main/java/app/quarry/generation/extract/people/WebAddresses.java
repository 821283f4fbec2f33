package app.quarry.generation.extract.people;

import java.util.List;

/**
 * The ending of a web address that names a business or a site: "Shopnow.com",
 * "Cardmart.net", "Kestrel.co.uk". The period before the ending is no sentence stop, and
 * the ending belongs to the name, which a question must give whole.
 */
final class WebAddresses {

	/** Endings read as a domain's, longest first so "co.uk" wins over "co". */
	private static final List<String> ENDINGS = List.of("co.uk", "org.uk", "gov.uk", "com", "net", "org", "info",
			"biz");

	private WebAddresses() {
	}

	/**
	 * Where the domain ending that starts at the period {@code dot} ends, or -1 when no
	 * ending follows it: the ending must be written in lower case and stand alone.
	 */
	static int domainEnd(String text, int dot, int to) {
		for (String ending : ENDINGS) {
			int end = dot + 1 + ending.length();
			if (end <= to && text.startsWith(ending, dot + 1)
					&& (end == to || !Character.isLetterOrDigit(text.charAt(end)))) {
				return end;
			}
		}
		return -1;
	}

}
