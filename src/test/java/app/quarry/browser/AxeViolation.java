package app.quarry.browser;

import java.util.List;

/**
 * One accessibility rule that axe-core found broken on a page.
 *
 * @param id the axe rule id, e.g. {@code color-contrast}
 * @param impact {@code minor}, {@code moderate}, {@code serious} or {@code critical}
 * @param help what the rule asks for
 * @param nodes CSS selectors of the offending elements
 */
record AxeViolation(String id, String impact, String help, List<String> nodes) {

	@Override
	public String toString() {
		return this.impact + " " + this.id + " (" + this.help + ") at " + this.nodes;
	}

}
