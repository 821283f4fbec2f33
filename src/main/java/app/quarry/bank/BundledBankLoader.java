package app.quarry.bank;

import app.quarry.account.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On start-up, stores the bundled corpus and imports the bundled {@code bank.json}
 * ({@link BundledBankImport}), as the app's own work. A second start with the same files
 * changes nothing. A malformed bank, or one that would retire more of the current
 * questions than allowed, is reported in the log at ERROR and not imported at all, so
 * what is stored stays as it was and the app goes on serving it.
 */
@Component
@ConditionalOnProperty(name = "quarry.bank.load-on-start", havingValue = "true", matchIfMissing = true)
class BundledBankLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledBankLoader.class);

	private final BundledBankImport bundled;

	BundledBankLoader(BundledBankImport bundled) {
		this.bundled = bundled;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			SystemWork.run(this.bundled::importAll);
		}
		catch (RuntimeException ex) {
			// a refused bank rolls the start-up transaction back: the corpus and the bank
			// both stay as they were, and the app still starts with them
			log.error("the bundled corpus and {} were not imported; the app serves what it had", BundledBankImport.BANK,
					ex);
		}
	}

}
