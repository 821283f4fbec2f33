/**
 * Entities and repositories of the srs feature; reached only through {@code SrsService}.
 */
@NullMarked
package app.quarry.srs.internal;

import org.jspecify.annotations.NullMarked;
