/**
 * The generation jobs as stored; reached only from the upload services.
 */
@NullMarked
package app.quarry.generation.upload.internal;

import org.jspecify.annotations.NullMarked;
