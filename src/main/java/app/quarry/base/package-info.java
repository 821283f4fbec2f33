/**
 * The shared kernel: the app frame (layout, theme switch, shortcut overlay, home page)
 * and small types every feature may use ({@link app.quarry.base.NamedPrincipal},
 * {@link app.quarry.base.PureCore}).
 *
 * <p>
 * Depends on no other feature: everything else may depend on it, its sub-packages
 * included, so it is an open module.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.quarry.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
