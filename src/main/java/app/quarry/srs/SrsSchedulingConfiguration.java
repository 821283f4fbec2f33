package app.quarry.srs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background and nightly re-fits of personal parameters. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class SrsSchedulingConfiguration {

}
