package app.quarry.account;

/** How an account is named: its login and display name, for rosters and grade books. */
public record AccountName(long id, String login, String displayName) {

}
