/**
 * The question bank: questions with their status and versions, the {@code bank.json}
 * format (records and a deterministic reader and writer, no Spring in them), the import
 * of the bank into the database and the pages that show it. Depends on corpus.
 */
@NullMarked
package app.quarry.bank;

import org.jspecify.annotations.NullMarked;
