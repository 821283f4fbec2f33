package app.quarry.generation.upload;

import org.jspecify.annotations.Nullable;

/**
 * A document was added to the corpus from the web, with its generation job, in the
 * transaction that stored them; its questions follow as drafts once the job ran.
 *
 * @param documentId the corpus document
 * @param title its title as stored
 * @param ownerId the learner it is private to, or null for the shared corpus
 */
public record DocumentAdded(String documentId, String title, @Nullable Long ownerId) {

}
