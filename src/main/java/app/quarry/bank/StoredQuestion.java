package app.quarry.bank;

/** A question as stored: its bank content, status and version. */
public record StoredQuestion(BankQuestion question, QuestionStatus status, int version) {

}
