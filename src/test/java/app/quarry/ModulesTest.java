package app.quarry;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(QuarryApplication.class);

	@Test
	void features_reach_each_other_only_through_their_published_api_and_without_cycles() {
		MODULES.verify();
	}

}
