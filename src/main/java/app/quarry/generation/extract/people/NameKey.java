package app.quarry.generation.extract.people;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The spelling-blind form of a name: "Kim Jong-un", "Kim Jong Un" and "Kim Jong-Un" all
 * become "kimjongun", so that variants of one name meet.
 */
final class NameKey {

	private NameKey() {
	}

	static String of(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD);
		StringBuilder key = new StringBuilder(plain.length());
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				key.append(Character.toLowerCase(c));
			}
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	/** The words of a name, each as a key: "Kim Yo-jong" -> [kim, yojong]. */
	static String[] parts(String name) {
		String[] words = name.trim().split("\\s+");
		String[] parts = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			parts[i] = of(words[i]);
		}
		return parts;
	}

}
