package app.quarry.bank;

/**
 * The bank's questions changed: added, edited, approved or retired. Published once per
 * transaction, with the count-up of the {@link BankRevision}; what is kept in memory from
 * the questions on this node is made again once the change committed. Other nodes see the
 * revision move instead.
 */
public record QuestionsChanged() {

}
