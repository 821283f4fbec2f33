package app.quarry.generation.extract.people;

/**
 * A title in the plural before a list of names is each one's in the singular. Apart from
 * {@link TitlesBeforeNames} because it rewrites the title's words rather than finding
 * them.
 */
final class PluralTitlesBeforeLists {

	private PluralTitlesBeforeLists() {
	}

	/**
	 * "former Acme Secretaries-General Jane Roe and Tom Lowe": a title in the plural
	 * before a list of names is each one's in the singular.
	 */
	static String singularBeforeList(DocumentTokens doc, String role, int end, Mention name) {
		Token last = doc.get(end - 1);
		int after = name.endToken;
		boolean listed = after + 1 < doc.size() && !doc.boundaryBefore(after)
				&& (doc.get(after).lower().equals("and") || doc.get(after).is(",")) && doc.get(after + 1).capitalized();
		String singular = listed && last.word() ? NameList.singularRole(last.lower()) : null;
		if (singular == null || !role.endsWith(last.text())) {
			return role;
		}
		StringBuilder written = new StringBuilder(singular);
		// keep the capitals the text gave each part: "Secretaries-General" is
		// "Secretary-General"
		for (int i = 0; i < written.length(); i++) {
			boolean partStart = i == 0 || written.charAt(i - 1) == '-';
			int at = i == 0 ? 0 : last.text().indexOf('-') + 1;
			if (partStart && at < last.text().length() && Character.isUpperCase(last.text().charAt(at))) {
				written.setCharAt(i, Character.toUpperCase(written.charAt(i)));
			}
		}
		return role.substring(0, role.length() - last.text().length()) + written;
	}

}
