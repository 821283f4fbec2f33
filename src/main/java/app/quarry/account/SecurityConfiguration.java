package app.quarry.account;

import app.quarry.account.ui.LoginView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
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
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer.FrameOptionsConfig;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Vaadin's Spring Security integration and the one way Quarry says who may do what: the
 * JSR-250 annotations. A view says who may open it ({@code @AnonymousAllowed},
 * {@code @PermitAll} for anyone logged in, {@code @RolesAllowed}); a service says who may
 * call it with {@code @RolesAllowed}, naming {@link Role}s, and Spring's method security
 * refuses everyone else. Work the app does on nobody's behalf runs as {@link SystemWork}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

	/**
	 * What the browser may load and run. Vaadin's client needs inline scripts and styles
	 * and {@code eval} (for {@code executeJs}); everything else comes from this server
	 * only, and no other site may frame the app (clickjacking).
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'",
			"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager loginManager,
			RequestUtil vaadinRequests) throws Exception {
		// the app's icons, for the install prompt and the home screen before any login
		// (Vaadin itself already permits the manifest, sw.js and offline.html)
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/icons/**").permitAll());
		return http.authenticationManager(loginManager)
			// Addresses that are not a view pass to Vaadin, which shows its own "page not
			// found" inside the app (for views refused too), instead of a bare 403.
			// Vaadin's own CSRF set-up exempts the log-in page, so another site could log
			// a
			// visitor into an account of its choosing; ours below does not.
			.with(VaadinSecurityConfigurer.vaadin(),
					configurer -> configurer.loginView(LoginView.class)
						.enableCsrfConfiguration(false)
						.anyRequest(AuthorizedUrl::authenticated))
			// Vaadin's client requests carry Vaadin's own anti-forgery token instead. The
			// log-in form reads Spring's token from the meta tags Vaadin puts in each
			// page.
			.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(FrameOptionsConfig::deny)
				// Written before the response starts, not when it is committed: Vaadin's
				// page responses are committed in a way the filter does not see.
				.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
					@Override
					public <F extends HeaderWriterFilter> F postProcess(F filter) {
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}
				}))
			.build();
	}

	/**
	 * Spring's JSR-250 method security, for everything but Vaadin components. Views carry
	 * the same annotations for Vaadin's navigation check; method security would wrap a
	 * view in a proxy that checks each of its methods, Vaadin's own calls and those from
	 * background threads included.
	 */
	@Bean
	@org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor rolesAllowedOnServices() {
		Pointcut jsr250 = AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut();
		ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
		AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
				new ComposablePointcut(jsr250).intersection(notAComponent), new Jsr250AuthorizationManager());
		interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
		return interceptor;
	}

	/**
	 * bcrypt today; the {id} prefix in each stored hash lets a later encoder take over.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Checks log-ins: the rate limiter first, then the password. Its events (failure,
	 * success) feed the rate limiter through {@link LoginFailureListener}.
	 */
	@Bean
	AuthenticationManager loginManager(UserDetailsService users, PasswordEncoder passwordEncoder, RateLimiter limiter,
			ObjectProvider<AuthenticationEventPublisher> events, ApplicationEventPublisher applicationEvents) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
		passwordCheck.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, limiter));
		manager.setAuthenticationEventPublisher(
				events.getIfAvailable(() -> new DefaultAuthenticationEventPublisher(applicationEvents)));
		return manager;
	}

}
