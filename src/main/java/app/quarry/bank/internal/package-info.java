/**
 * Entities, repositories and column converters of the bank; reached only through the bank
 * services.
 */
@NullMarked
package app.quarry.bank.internal;

import org.jspecify.annotations.NullMarked;
