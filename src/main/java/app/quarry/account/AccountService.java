package app.quarry.account;

import jakarta.annotation.security.RolesAllowed;
import app.quarry.account.internal.UserAccount;
import app.quarry.account.internal.UserAccountRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-up, the current person, and the admin's changes to roles and access.
 *
 * <p>
 * Sign-up tells a taken login apart from a free one only by failing with a generic
 * message (Quarry sends no email, so it cannot confirm by mail); log-in never tells which
 * part of the credentials was wrong.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	static final String NOT_CREATED = "We could not create an account with these details. "
			+ "If you already have an account, log in; otherwise choose another email or user name.";

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final RateLimiter limiter;

	private final SecureRandom random = new SecureRandom();

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, RateLimiter limiter,
			ObjectProvider<Clock> clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.limiter = limiter;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Creates a student account.
	 * @throws RegistrationRejected with a message for the person signing up
	 */
	@Transactional
	public Account register(Registration registration) {
		return create(registration, EnumSet.of(Role.STUDENT), false);
	}

	/**
	 * Creates a student account for a visitor at this address; every attempt, refused or
	 * not, counts towards the address's {@link RateLimit#SIGN_UP} limit.
	 * @throws RegistrationRejected with a message for the person signing up, a
	 * {@link TooManyAttempts} when the address has signed up too often
	 */
	@Transactional
	public Account register(Registration registration, String clientAddress) {
		this.limiter.check(RateLimit.SIGN_UP, clientAddress);
		this.limiter.record(RateLimit.SIGN_UP, clientAddress);
		return register(registration);
	}

	/** Creates an account with the given roles; for start-up seeding, not for the UI. */
	@Transactional
	Account create(Registration registration, Set<Role> roles, boolean mustChangePassword) {
		String problem = Optional.ofNullable(CredentialRules.loginProblem(registration.login()))
			.or(() -> Optional.ofNullable(CredentialRules.displayNameProblem(registration.displayName())))
			.orElse(CredentialRules.passwordProblem(registration.password(), registration.login()));
		if (problem != null) {
			throw new RegistrationRejected(problem);
		}
		String login = CredentialRules.normalizeLogin(registration.login());
		// Hash before the lookup, so a taken login costs the same time as a free one.
		String hash = this.passwordEncoder.encode(registration.password());
		if (this.accounts.existsByLogin(login)) {
			throw new RegistrationRejected(NOT_CREATED);
		}
		String displayName = displayName(registration.displayName(), login);
		ZoneId zone = (registration.timeZone() != null) ? registration.timeZone() : ZoneOffset.UTC;
		UserAccount account = new UserAccount(login, displayName, hash, roles, this.clock.instant(), zone.getId());
		account.setMustChangePassword(mustChangePassword);
		return toAccount(this.accounts.saveAndFlush(account));
	}

	/** The logged-in person, if any. */
	public Optional<Account> current() {
		return currentLogin().flatMap(this.accounts::findByLogin).map(AccountService::toAccount);
	}

	/** The account with this login (email or user name, any case). */
	public Optional<Account> findByLogin(String login) {
		return this.accounts.findByLogin(CredentialRules.normalizeLogin(login)).map(AccountService::toAccount);
	}

	/** The account with this id. */
	public Optional<Account> findById(LearnerId accountId) {
		return this.accounts.findById(accountId.value()).map(AccountService::toAccount);
	}

	/**
	 * Display names of these accounts by id (for rosters and grade books); unknown ids
	 * are left out.
	 */
	public java.util.Map<Long, String> displayNames(java.util.Collection<Long> accountIds) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		names(accountIds).forEach((id, name) -> names.put(id, name.displayName()));
		return names;
	}

	/** Logins and display names of these accounts by id; unknown ids are left out. */
	public java.util.Map<Long, AccountName> names(java.util.Collection<Long> accountIds) {
		java.util.Map<Long, AccountName> names = new java.util.HashMap<>();
		if (!accountIds.isEmpty()) {
			this.accounts.findNames(accountIds).forEach(name -> names.put(name.id(), name));
		}
		return names;
	}

	/**
	 * Logins of these accounts by id (grade books match on them); unknown ids are left
	 * out.
	 */
	public java.util.Map<Long, String> logins(java.util.Collection<Long> accountIds) {
		java.util.Map<Long, String> logins = new java.util.HashMap<>();
		names(accountIds).forEach((id, name) -> logins.put(id, name.login()));
		return logins;
	}

	/**
	 * True when the logged-in person must choose a new password before doing anything
	 * else.
	 */
	public boolean currentMustChangePassword() {
		return currentLogin().flatMap(this.accounts::findByLogin).map(UserAccount::isMustChangePassword).orElse(false);
	}

	/**
	 * Changes the logged-in person's password after checking the old one. Wrong old
	 * passwords count towards {@link RateLimit#PASSWORD_CHANGE}, so a borrowed session
	 * cannot be used to guess it.
	 * @throws RegistrationRejected when the old password is wrong or the new one too
	 * weak, a {@link TooManyAttempts} after too many wrong old passwords
	 */
	@Transactional
	@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
	public void changePassword(String oldPassword, String newPassword) {
		UserAccount account = currentLogin().flatMap(this.accounts::findByLogin)
			.orElseThrow(() -> new RegistrationRejected("Log in first."));
		this.limiter.check(RateLimit.PASSWORD_CHANGE, account.getLogin());
		if (!this.passwordEncoder.matches(oldPassword, account.getPasswordHash())) {
			this.limiter.record(RateLimit.PASSWORD_CHANGE, account.getLogin());
			throw new RegistrationRejected("The current password is not right.");
		}
		this.limiter.reset(RateLimit.PASSWORD_CHANGE, account.getLogin());
		String problem = CredentialRules.passwordProblem(newPassword, account.getLogin());
		if (problem != null) {
			throw new RegistrationRejected(problem);
		}
		if (newPassword.equals(oldPassword)) {
			throw new RegistrationRejected("Choose a password different from the current one.");
		}
		account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		account.setMustChangePassword(false);
	}

	/** Changes the zone the logged-in person's study days are counted in. */
	@Transactional
	@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
	public void changeTimeZone(ZoneId zone) {
		currentLogin().flatMap(this.accounts::findByLogin).ifPresent(account -> account.setTimeZone(zone.getId()));
	}

	/**
	 * Replaces an account's roles; for admins. The last enabled admin keeps the ADMIN
	 * role, so that nobody can lock everyone out of account management.
	 */
	@Transactional
	@RolesAllowed("ADMIN")
	public Account changeRoles(LearnerId accountId, Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new RegistrationRejected("An account needs at least one role.");
		}
		UserAccount account = find(accountId);
		if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && isLastEnabledAdmin(account)) {
			throw new RegistrationRejected("This is the last admin; make someone else an admin first.");
		}
		account.setRoles(roles);
		return toAccount(account);
	}

	/** Switches an account on or off; for admins. The last enabled admin stays on. */
	@Transactional
	@RolesAllowed("ADMIN")
	public Account setEnabled(LearnerId accountId, boolean enabled) {
		UserAccount account = find(accountId);
		if (!enabled && account.getRoles().contains(Role.ADMIN) && isLastEnabledAdmin(account)) {
			throw new RegistrationRejected("This is the last admin; make someone else an admin first.");
		}
		account.setEnabled(enabled);
		return toAccount(account);
	}

	/**
	 * Roles and access in one step, so that a refused change leaves both as they were;
	 * for admins.
	 */
	@Transactional
	@RolesAllowed("ADMIN")
	public Account changeAccess(LearnerId accountId, Set<Role> roles, boolean enabled) {
		changeRoles(accountId, roles);
		return setEnabled(accountId, enabled);
	}

	/**
	 * Name, roles and access in one step, so that a refused change leaves all as they
	 * were; for admins. A blank name means "use the login", as at sign-up.
	 */
	@Transactional
	@RolesAllowed("ADMIN")
	public Account changeAccount(LearnerId accountId, String displayName, Set<Role> roles, boolean enabled) {
		String problem = CredentialRules.displayNameProblem(displayName);
		if (problem != null) {
			throw new RegistrationRejected(problem);
		}
		UserAccount account = find(accountId);
		account.setDisplayName(displayName(displayName, account.getLogin()));
		return changeAccess(accountId, roles, enabled);
	}

	/**
	 * Gives an account a new one-time password, for a person who forgot theirs; for
	 * admins. As at first start, the next log-in must choose a new password.
	 * @return the one-time password, to be handed over once and not stored in clear
	 */
	@Transactional
	@RolesAllowed("ADMIN")
	public String resetPassword(LearnerId accountId) {
		UserAccount account = find(accountId);
		String password = OneTimePassword.generate(this.random);
		account.setPasswordHash(this.passwordEncoder.encode(password));
		account.setMustChangePassword(true);
		return password;
	}

	private boolean isLastEnabledAdmin(UserAccount account) {
		return account.isEnabled() && this.accounts.countEnabledWithRole(Role.ADMIN) <= 1;
	}

	private UserAccount find(LearnerId accountId) {
		return this.accounts.findById(accountId.value())
			.orElseThrow(() -> new RegistrationRejected("There is no account " + accountId + "."));
	}

	private static Optional<String> currentLogin() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		return Optional.of(CredentialRules.normalizeLogin(authentication.getName()));
	}

	private static String displayName(String requested, String login) {
		String name = (requested == null) ? "" : requested.strip();
		if (name.isEmpty()) {
			name = login.contains("@") ? login.substring(0, login.indexOf('@')) : login;
		}
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

	static Account toAccount(UserAccount account) {
		return new Account(LearnerId.of(account.getId()), account.getLogin(), account.getDisplayName(),
				account.getRoles(), account.isEnabled(), account.getCreatedAt(), ZoneId.of(account.getTimeZone()));
	}

}
