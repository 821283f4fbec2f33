package app.quarry.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the {@link LoginThrottle} before the password: a blocked login name or address
 * is refused without looking at the password, so guesses made while blocked teach
 * nothing.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwordCheck;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
		this.passwordCheck = passwordCheck;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (!this.throttle.remainingBlock(authentication.getName(), clientAddress(authentication)).isZero()) {
			throw new LoginThrottledException();
		}
		return this.passwordCheck.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwordCheck.supports(authentication);
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
