/**
 * The page where teachers add documents and watch their questions being generated.
 */
@NullMarked
package app.quarry.generation.ui;

import org.jspecify.annotations.NullMarked;
