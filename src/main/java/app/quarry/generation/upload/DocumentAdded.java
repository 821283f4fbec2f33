package app.quarry.generation.upload;

import org.jspecify.annotations.Nullable;

/**
 * A document was added to the corpus from the web, with its generation job, in the
 * transaction that stored them; its questions follow as drafts once the job ran.
 * <p>
 * Nothing listens to it yet, on purpose. Queueing the generation here would add nothing:
 * the upload queues the job once the document is stored, and a job whose node stopped
 * before it ran is taken up by {@code InterruptedJobsResumer} within a minute, on any
 * node. No cache needs evicting either: what study and quizzes keep is made from approved
 * questions, and a new document has none until its drafts are reviewed, which announces
 * {@code QuestionsChanged}.
 *
 * @param documentId the corpus document
 * @param title its title as stored
 * @param ownerId the learner it is private to, or null for the shared corpus
 */
public record DocumentAdded(String documentId, String title, @Nullable Long ownerId) {

}
