package app.quarry.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus manifest ({@code manifest.json} beside the documents): one entry per
 * document with its title, publisher, author and published date. Unknown fields are
 * ignored, so the manifest can grow.
 */
public record CorpusManifest(List<ManifestEntry> documents) {

	/** The manifest's file name inside a corpus folder. */
	public static final String FILE_NAME = "manifest.json";

	private static final Pattern PUBLISHED = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

	public CorpusManifest {
		documents = List.copyOf(documents);
	}

	/** The entry for a file name, if the manifest lists it. */
	public Optional<ManifestEntry> forFile(String fileName) {
		return this.documents.stream().filter((e) -> fileName.equals(e.file())).findFirst();
	}

	/**
	 * Parses a manifest.
	 * @throws IllegalArgumentException with a message saying what is wrong
	 */
	public static CorpusManifest parse(String json) {
		JsonNode root;
		try {
			root = JsonMapper.builder().build().readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("manifest is not valid JSON: " + ex.getOriginalMessage());
		}
		JsonNode docs = root.path("documents");
		if (!docs.isArray()) {
			throw new IllegalArgumentException("manifest has no \"documents\" array");
		}
		List<ManifestEntry> entries = new ArrayList<>();
		for (JsonNode d : docs) {
			String file = text(d, "file");
			if (file == null) {
				throw new IllegalArgumentException("manifest entry without \"file\": " + d);
			}
			String id = text(d, "id");
			if (id == null) {
				id = CorpusFolder.idOf(file);
			}
			String published = text(d, "published");
			if (published != null && !PUBLISHED.matcher(published).matches()) {
				throw new IllegalArgumentException(
						"manifest entry " + id + ": published must be YYYY, YYYY-MM or YYYY-MM-DD, not " + published);
			}
			entries.add(new ManifestEntry(id, file, text(d, "title"), text(d, "kind"), text(d, "publisher"),
					text(d, "author"), published, text(d, "note")));
		}
		return new CorpusManifest(entries);
	}

	private static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return v == null || v.isNull() ? null : v.asString();
	}

}
