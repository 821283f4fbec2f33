/**
 * The corpus: documents and their sentences with character offsets, ingest from a folder
 * or an upload, and {@link app.quarry.corpus.SourceSpan}s that point back into a
 * document.
 *
 * <p>
 * May depend on {@code base} and {@code account}. Text handling that needs no storage is
 * pure core: mark such classes {@link app.quarry.base.PureCore}.
 */
@NullMarked
package app.quarry.corpus;

import org.jspecify.annotations.NullMarked;
