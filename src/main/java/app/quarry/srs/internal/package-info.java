/**
 * Entities and repositories of the srs feature; reached only through {@code SrsService}.
 */
package app.quarry.srs.internal;
