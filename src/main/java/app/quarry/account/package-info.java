/**
 * Accounts: users, roles (student, teacher, admin), sign-up, log-in with throttling, the
 * first admin of a fresh database, and the security configuration. The root holds the API
 * ({@link app.quarry.account.AccountService}, {@link app.quarry.account.Account});
 * entities and repositories are in {@code internal}, views in {@code ui}.
 *
 * <p>
 * May depend on {@code base} only.
 */
@NullMarked
package app.quarry.account;

import org.jspecify.annotations.NullMarked;
