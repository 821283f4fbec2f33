/**
 * Entities and repositories of the corpus; reached only through {@code CorpusService}.
 */
@NullMarked
package app.quarry.corpus.internal;

import org.jspecify.annotations.NullMarked;
