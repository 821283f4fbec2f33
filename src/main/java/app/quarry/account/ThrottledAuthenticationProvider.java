package app.quarry.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the {@link RateLimiter} before the password: a blocked login name or address is
 * refused without looking at the password, so guesses made while blocked teach nothing.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwordCheck;

	private final RateLimiter limiter;

	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, RateLimiter limiter) {
		this.passwordCheck = passwordCheck;
		this.limiter = limiter;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (!this.limiter.remaining(RateLimit.LOGIN_NAME, loginName(authentication)).isZero()
				|| !this.limiter.remaining(RateLimit.LOGIN_ADDRESS, clientAddress(authentication)).isZero()) {
			throw new LoginThrottledException();
		}
		return this.passwordCheck.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwordCheck.supports(authentication);
	}

	/** Counted as stored, so that "Ada" and "ada" share one count. */
	static String loginName(Authentication authentication) {
		return CredentialRules.normalizeLogin(authentication.getName());
	}

	static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	/**
	 * Refused because of earlier failures. A {@link BadCredentialsException} to the
	 * outside (the person sees the one log-in failure message), but not counted as a new
	 * failure.
	 */
	static final class LoginThrottledException extends BadCredentialsException {

		LoginThrottledException() {
			super("too many failed log-ins; wait and try again");
		}

	}

}
