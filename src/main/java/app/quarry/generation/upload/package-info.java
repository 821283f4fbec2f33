/**
 * Adding documents from the web: checks each uploaded file, stores it in the corpus with
 * its title and date, and generates its questions as drafts in the background, recording
 * each job's stage in the database so that a job the server did not finish runs again on
 * the next start. This is the Spring shell around the pure generation core (its parent
 * package); it uses corpus, bank and account.
 */
@NullMarked
@NamedInterface("upload")
package app.quarry.generation.upload;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
