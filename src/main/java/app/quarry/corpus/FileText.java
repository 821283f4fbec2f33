package app.quarry.corpus;

import app.quarry.base.PureCore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of a learner's file: {@code .txt} and {@code .md} are checked and decoded as
 * {@link DocumentCheck} does; {@code .html}, {@code .htm}, {@code .pdf} and {@code .docx}
 * are read by Apache Tika. Lines a PDF broke inside a paragraph are joined again, so the
 * sentence splitter sees whole sentences. Each refusal names the file and the reason.
 */
@PureCore
public final class FileText {

	/** The most text kept from one file (a long book would stall generation). */
	static final int MAX_CHARACTERS = 1_000_000;

	private FileText() {
	}

	/** Whether the name is of a type this reads. */
	public static boolean accepts(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".txt") || lower.endsWith(".md") || isRich(lower);
	}

	/** The file's text. */
	public static String of(String name, byte[] bytes) throws DocumentRefusedException {
		String lower = name.toLowerCase(Locale.ROOT);
		if (!accepts(lower)) {
			throw refused(name, "unsupported file type (add .txt, .md, .html, .pdf or .docx files)");
		}
		if (!isRich(lower)) {
			return DocumentCheck.decode(name, bytes);
		}
		if (bytes.length == 0) {
			throw refused(name, "is empty");
		}
		if (bytes.length > DocumentCheck.MAX_BYTES * 5) {
			throw refused(name, "is too large (" + bytes.length + " bytes; the limit is 10 MiB)");
		}
		String extracted = extract(name, bytes);
		// a PDF keeps the page's line breaks; HTML and Word paragraphs are lines already
		String text = lower.endsWith(".pdf") ? joinBrokenLines(extracted)
				: extracted.strip().replaceAll("\n[ \t]*\n\\s*", "\n\n");
		if (text.isBlank()) {
			throw refused(name, "has no text in it (a scanned PDF needs text recognition first)");
		}
		return text;
	}

	private static String extract(String name, byte[] bytes) throws DocumentRefusedException {
		BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			new AutoDetectParser().parse(in, handler, metadata, new ParseContext());
		}
		catch (SAXException ex) {
			// the handler stops at its limit: keep what it read
			if (!handler.toString().isBlank()) {
				return handler.toString();
			}
			throw refused(name, "cannot be read (" + ex.getMessage() + ")");
		}
		catch (IOException | TikaException | RuntimeException ex) {
			throw refused(name, "cannot be read as a " + extension(name) + " file (is it damaged or protected?)");
		}
		return handler.toString();
	}

	/**
	 * Paragraphs stay apart (a blank line); a single line break inside one becomes a
	 * space, and a word hyphenated across lines is joined.
	 */
	static String joinBrokenLines(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
		StringBuilder out = new StringBuilder(unified.length());
		for (String paragraph : unified.split("\n[ \t]*\n+")) {
			String joined = paragraph.strip()
				.replaceAll("(\\p{Ll})-\n(\\p{Ll})", "$1$2")
				.replaceAll("[ \t]*\n[ \t]*", " ")
				.replaceAll("[ \t]{2,}", " ");
			if (!joined.isEmpty()) {
				if (out.length() > 0) {
					out.append("\n\n");
				}
				out.append(joined);
			}
		}
		return out.toString();
	}

	private static boolean isRich(String lower) {
		return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".pdf") || lower.endsWith(".docx");
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "document" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
	}

	private static DocumentRefusedException refused(String name, String reason) {
		return new DocumentRefusedException(new DocumentRefusal(name, reason));
	}

}
