package app.quarry.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides whether a file is a document Quarry can take in, and decodes it. Accepted: a
 * {@code .txt} or {@code .md} file of at most {@value #MAX_BYTES} bytes (2 MiB) that is
 * valid UTF-8 text without NUL or other control characters and is not blank. Each refusal
 * names the file and the reason.
 */
public final class DocumentCheck {

	/** The size limit: 2 MiB, far above any article or letter. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private DocumentCheck() {
	}

	/** Reads and checks a file; {@code name} is how the user named it. */
	public static String read(Path path, String name) throws DocumentRefusedException {
		checkExtension(name);
		try {
			if (Files.isDirectory(path)) {
				throw refused(name, "is a directory, not a document");
			}
			long size = Files.size(path);
			if (size > MAX_BYTES) {
				throw refused(name, "is too large (" + size + " bytes; the limit is " + MAX_BYTES + " bytes, 2 MiB)");
			}
			return decode(name, Files.readAllBytes(path));
		}
		catch (NoSuchFileException ex) {
			throw refused(name, "no such file");
		}
		catch (IOException ex) {
			throw refused(name, "cannot be read (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")");
		}
	}

	/** Refuses names other than *.txt and *.md. */
	public static void checkExtension(String name) throws DocumentRefusedException {
		String lower = name.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".txt") && !lower.endsWith(".md")) {
			throw refused(name, "unsupported file type (only .txt and .md documents are accepted)");
		}
	}

	/** Checks the content of a document and returns its text, decoded as UTF-8. */
	public static String decode(String name, byte[] bytes) throws DocumentRefusedException {
		if (bytes.length == 0) {
			throw refused(name, "is empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw refused(name,
					"is too large (" + bytes.length + " bytes; the limit is " + MAX_BYTES + " bytes, 2 MiB)");
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw refused(name, "is binary, not text (NUL byte at byte " + i + ")");
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw refused(name, "is not valid UTF-8 text (save it as UTF-8 and try again)");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f) {
				throw refused(name,
						String.format("is binary, not text (control character U+%04X at character %d)", (int) c, i));
			}
		}
		if (text.isBlank()) {
			throw refused(name, "is blank (no text in it)");
		}
		return text;
	}

	private static DocumentRefusedException refused(String name, String reason) {
		return new DocumentRefusedException(new DocumentRefusal(name, reason));
	}

}
