package app.quarry.decks.exchange;

import app.quarry.base.PureCore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki's fields are HTML; Quarry's cards are plain text (shown as text, never as HTML).
 * This turns one into the other and computes a note's checksum as Anki does: the first 8
 * hex digits of the SHA-1 of the first field's text, stripped of HTML, as an integer.
 */
@PureCore
public final class AnkiHtml {

	private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>|</(div|p|li|h[1-6])>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*\\]");

	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

	private AnkiHtml() {
	}

	/** The text a field shows: tags and media references out, entities decoded. */
	public static String toText(String html) {
		String text = LINE_BREAK.matcher(html).replaceAll("\n");
		text = TAG.matcher(text).replaceAll("");
		text = SOUND.matcher(text).replaceAll("");
		text = decodeEntities(text).replace('\u00a0', ' ');
		return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	/** A field holding this text, escaped so that Anki shows it as written. */
	public static String fromText(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
	}

	/** Anki's {@code csum} of a note whose first field is {@code firstField} (HTML). */
	public static long checksum(String firstField) {
		String stripped = decodeEntities(TAG.matcher(firstField).replaceAll("")).strip();
		try {
			byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(stripped.getBytes(StandardCharsets.UTF_8));
			return Long.parseLong(java.util.HexFormat.of().formatHex(sha1).substring(0, 8), 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A note's sort field as Anki stores it: the field's text without HTML. */
	public static String sortField(String field) {
		return decodeEntities(TAG.matcher(field).replaceAll(""));
	}

	static String decodeEntities(String text) {
		Matcher m = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String decoded = switch (name) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> "\u00a0";
				default -> numeric(name, m.group());
			};
			m.appendReplacement(out, Matcher.quoteReplacement(decoded));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String numeric(String name, String whole) {
		try {
			if (name.startsWith("#x")) {
				return Character.toString(Integer.parseInt(name.substring(2), 16));
			}
			if (name.startsWith("#")) {
				return Character.toString(Integer.parseInt(name.substring(1)));
			}
		}
		catch (IllegalArgumentException ex) {
			// not a code point: leave it as written
		}
		return whole;
	}

}
