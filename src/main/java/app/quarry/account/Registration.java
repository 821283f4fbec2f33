package app.quarry.account;

import java.time.ZoneId;

/**
 * What a person types to sign up.
 *
 * @param login an email address or a user name
 * @param displayName how to address them; blank means "use the login"
 * @param password the chosen password, at least
 * {@value CredentialRules#MIN_PASSWORD_LENGTH} characters
 * @param timeZone the person's time zone (the browser's, usually)
 */
public record Registration(String login, String displayName, String password, ZoneId timeZone) {

}
