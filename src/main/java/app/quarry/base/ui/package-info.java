/**
 * The app frame every page shares: layout, theme switch, shortcut overlay, home page.
 */
@NullMarked
package app.quarry.base.ui;

import org.jspecify.annotations.NullMarked;
