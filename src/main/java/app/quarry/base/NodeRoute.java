package app.quarry.base;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The node's name in its session ids, for a proxy that keeps each browser on one node:
 * with {@code quarry.node.route=a} every session id this node makes ends in {@code .a}
 * (Tomcat's {@code jvmRoute}), which the proxy reads from the session cookie. Vaadin
 * keeps an open page's state in the memory of the node that served it, and a school's
 * pupils often share one address, so pinning by cookie spreads them where pinning by
 * address cannot.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("quarry.node.route")
class NodeRoute {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> nodeRouteInSessionIds(Environment environment) {
		String route = environment.getRequiredProperty("quarry.node.route");
		if (!route.matches("[A-Za-z0-9_-]{1,32}")) {
			throw new IllegalArgumentException(
					"quarry.node.route must be 1 to 32 letters, digits, '-' or '_' (it ends every session id), was '"
							+ route + "'");
		}
		return factory -> factory.addContextCustomizers(context -> {
			Container parent = context.getParent();
			while (parent != null && !(parent instanceof Engine)) {
				parent = parent.getParent();
			}
			if (parent instanceof Engine engine) {
				engine.setJvmRoute(route);
			}
		});
	}

}
