/**
 * The account pages: sign-in, sign-up, password change and the administrator's user list.
 */
@NullMarked
package app.quarry.account.ui;

import org.jspecify.annotations.NullMarked;
