package app.quarry.generation.upload;

import app.quarry.corpus.DocumentRefusal;
import java.util.List;

/**
 * What adding documents did: one generation job per document stored, and the files
 * refused with their reasons (nothing of them was stored).
 */
public record UploadBatch(List<Long> jobIds, List<DocumentRefusal> refused) {

	public UploadBatch {
		jobIds = List.copyOf(jobIds);
		refused = List.copyOf(refused);
	}

}
