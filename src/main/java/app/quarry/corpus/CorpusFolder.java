package app.quarry.corpus;

import app.quarry.base.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a folder of documents: every {@code .txt}/{@code .md} file, with the metadata of
 * {@code manifest.json} when it lists the file (otherwise the title is the first line).
 * Each bad file is refused on its own with a message; the others are still loaded.
 * Documents come out sorted by id.
 */
public final class CorpusFolder {

	private CorpusFolder() {
	}

	public static CorpusLoad load(Path folder) throws IOException {
		Path manifestFile = folder.resolve(CorpusManifest.FILE_NAME);
		CorpusManifest manifest = Files.exists(manifestFile)
				? CorpusManifest.parse(Files.readString(manifestFile, StandardCharsets.UTF_8))
				: new CorpusManifest(List.of());
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter(Files::isRegularFile)
				.filter((p) -> !p.getFileName().toString().startsWith("."))
				.filter((p) -> !p.getFileName().toString().equals(CorpusManifest.FILE_NAME))
				.sorted()
				.toList();
		}
		List<CorpusDocument> documents = new ArrayList<>();
		List<DocumentRefusal> refusals = new ArrayList<>();
		for (ManifestEntry entry : manifest.documents()) {
			if (!Files.exists(folder.resolve(entry.file()))) {
				refusals
					.add(new DocumentRefusal(entry.file(), "is listed in the manifest but missing from the folder"));
			}
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			try {
				byte[] bytes;
				DocumentCheck.checkExtension(name);
				String text = DocumentCheck.read(file, name);
				bytes = text.getBytes(StandardCharsets.UTF_8);
				documents.add(document(name, text, Sha256.hex(bytes), manifest));
			}
			catch (DocumentRefusedException ex) {
				refusals.add(ex.refusal());
			}
		}
		documents.sort(Comparator.comparing(CorpusDocument::id));
		return new CorpusLoad(documents, refusals);
	}

	private static CorpusDocument document(String name, String text, String sha256, CorpusManifest manifest) {
		return manifest.forFile(name)
			.map((e) -> new CorpusDocument(e.id(), e.title() != null ? e.title() : firstLine(text), e.published(),
					e.publisher(), e.author(), text, sha256))
			.orElseGet(() -> new CorpusDocument(idOf(name), firstLine(text), null, null, null, text, sha256));
	}

	/** The id of a document file: its name without the extension. */
	public static String idOf(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	/**
	 * The first line of the clean text that is not blank, stripped of markup (a
	 * document's title when nothing else names it); at most 200 characters.
	 */
	public static String firstLine(String text) {
		String clean = ResidueMask.mask(text);
		for (String line : clean.split("\n")) {
			String stripped = line.strip().replaceAll("\\s{2,}", " ");
			if (!stripped.isEmpty()) {
				return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
			}
		}
		return "";
	}

}
