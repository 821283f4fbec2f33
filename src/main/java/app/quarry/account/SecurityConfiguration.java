package app.quarry.account;

import app.quarry.account.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's Spring Security integration: views declare who may open them
 * ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}); services guard
 * themselves with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager loginManager) throws Exception {
		// the app's icons, for the install prompt and the home screen before any login
		// (Vaadin itself already permits the manifest, sw.js and offline.html)
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/icons/**").permitAll());
		return http.authenticationManager(loginManager)
			// Addresses that are not a view pass to Vaadin, which shows its own "page not
			// found" inside the app (for views refused too), instead of a bare 403.
			.with(VaadinSecurityConfigurer.vaadin(),
					configurer -> configurer.loginView(LoginView.class).anyRequest(AuthorizedUrl::authenticated))
			.build();
	}

	/**
	 * bcrypt today; the {id} prefix in each stored hash lets a later encoder take over.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	LoginThrottle loginThrottle(ObjectProvider<Clock> clock) {
		return new LoginThrottle(clock.getIfAvailable(Clock::systemUTC));
	}

	/**
	 * Checks log-ins: throttle first, then the password. Its events (failure, success)
	 * feed the throttle through {@link LoginFailureListener}.
	 */
	@Bean
	AuthenticationManager loginManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, ObjectProvider<AuthenticationEventPublisher> events,
			ApplicationEventPublisher applicationEvents) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
		passwordCheck.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle));
		manager.setAuthenticationEventPublisher(
				events.getIfAvailable(() -> new DefaultAuthenticationEventPublisher(applicationEvents)));
		return manager;
	}

}
