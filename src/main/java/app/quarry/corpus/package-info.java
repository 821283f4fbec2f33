/**
 * The corpus: documents as stored (the file's text exactly as read), their clean text
 * (web residue masked by spaces, same length), sentences with offsets, the checks that
 * refuse bad files, the manifest with each document's metadata, and
 * {@link app.quarry.corpus.SourceSpan}s that point back into a document.
 *
 * <p>
 * May depend on {@code base} and {@code account}. Text handling that needs no storage is
 * pure core: mark such classes {@link app.quarry.base.PureCore}.
 */
@NullMarked
package app.quarry.corpus;

import org.jspecify.annotations.NullMarked;
