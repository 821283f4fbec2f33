package app.quarry.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords that guessers try first: a ranked public list shipped as a resource
 * ({@code common-passwords.txt}; its origin and licence are in the NOTICE file beside
 * it). Read once, on first use.
 */
final class CommonPasswords {

	private CommonPasswords() {
	}

	/** True when the password, in any case, is on the list. */
	static boolean contains(String password) {
		return List.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
	}

	static int size() {
		return List.PASSWORDS.size();
	}

	/** Holder: the list is loaded when first asked for, not when the class is. */
	private static final class List {

		static final Set<String> PASSWORDS = load();

		private static Set<String> load() {
			try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
				if (in == null) {
					throw new IllegalStateException("common-passwords.txt is missing from the class path");
				}
				Set<String> passwords = new HashSet<>(40_000);
				new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty())
					.map(line -> line.toLowerCase(Locale.ROOT))
					.forEach(passwords::add);
				return Set.copyOf(passwords);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
