package app.quarry.generation.upload;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the generation for one added document stands.
 *
 * @param id the job's id
 * @param documentId the stored document's id
 * @param title the document's title
 * @param fileName the file as the teacher named it
 * @param stage how far it got
 * @param percent 0 to 100
 * @param added questions added as drafts, by "type/format" (empty until done)
 * @param alreadyInBank questions the bank already asked, not added again
 * @param failure why it failed, in words for the teacher; null unless FAILED
 */
public record GenerationJob(long id, String documentId, String title, String fileName, GenerationStage stage,
		int percent, Map<String, Integer> added, int alreadyInBank, @Nullable String failure) {

	public GenerationJob {
		added = Map.copyOf(added);
	}

	/** How many drafts were added. */
	public int addedCount() {
		return this.added.values().stream().mapToInt(Integer::intValue).sum();
	}

}
