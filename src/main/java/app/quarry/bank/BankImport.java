package app.quarry.bank;

/**
 * What importing a bank did: questions added, updated, retired, and left as they were.
 */
public record BankImport(int added, int updated, int retired, int unchanged) {

}
