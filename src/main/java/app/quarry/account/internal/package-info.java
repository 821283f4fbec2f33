/**
 * Entities and repositories of accounts; reached only through the account services.
 */
@NullMarked
package app.quarry.account.internal;

import org.jspecify.annotations.NullMarked;
