package app.quarry.corpus;

import app.quarry.base.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus shipped inside the app (classpath {@code questions/corpus/}), read through
 * its manifest, since a folder inside a jar cannot be listed.
 */
public final class BundledCorpus {

	/** Where the corpus lies on the classpath. */
	public static final String LOCATION = "questions/corpus/";

	private BundledCorpus() {
	}

	/** Every document the bundled manifest lists. */
	public static List<CorpusDocument> read() throws IOException {
		CorpusManifest manifest = CorpusManifest
			.parse(new String(resource(CorpusManifest.FILE_NAME), StandardCharsets.UTF_8));
		List<CorpusDocument> documents = new ArrayList<>();
		for (ManifestEntry e : manifest.documents()) {
			byte[] bytes = resource(e.file());
			documents.add(new CorpusDocument(e.id(), e.title(), e.published(), e.publisher(), e.author(),
					new String(bytes, StandardCharsets.UTF_8), Sha256.hex(bytes)));
		}
		return documents;
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = BundledCorpus.class.getClassLoader().getResourceAsStream(LOCATION + name)) {
			if (in == null) {
				throw new IOException("the bundled corpus has no " + LOCATION + name);
			}
			return in.readAllBytes();
		}
	}

}
