package app.quarry.bank;

import app.quarry.corpus.BundledCorpus;
import app.quarry.corpus.CorpusService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start-up, stores the bundled corpus and imports the bundled {@code bank.json}. A
 * second start with the same files changes nothing. A malformed bank, or one that would
 * retire more of the current questions than allowed, is reported in the log at ERROR and
 * not imported at all, so what is stored stays as it was and the app goes on serving it.
 */
@Component
@ConditionalOnProperty(name = "quarry.bank.load-on-start", havingValue = "true", matchIfMissing = true)
class BundledBankLoader implements ApplicationRunner {

	static final String BANK = "questions/bank.json";

	private static final Logger log = LoggerFactory.getLogger(BundledBankLoader.class);

	private final CorpusService corpus;

	private final BankService bank;

	private final BankRevision revision;

	private final TransactionTemplate transaction;

	BundledBankLoader(CorpusService corpus, BankService bank, BankRevision revision, TransactionTemplate transaction) {
		this.corpus = corpus;
		this.bank = bank;
		this.revision = revision;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		// one transaction holding the bank's row lock: a second node starting at the same
		// time waits, then finds everything stored and changes nothing
		try {
			this.transaction.executeWithoutResult(status -> {
				this.revision.lockForImport();
				try {
					load();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (RuntimeException ex) {
			// a refused bank marks the start-up transaction for rollback: the corpus and
			// the
			// bank both stay as they were, and the app still starts with them
			log.error("the bundled corpus and {} were not imported; the app serves what it had", BANK, ex);
		}
	}

	private void load() throws IOException {
		int documents = this.corpus.store(BundledCorpus.read());
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(BANK)) {
			if (in == null) {
				log.warn("no {} on the classpath: the bank is empty", BANK);
				return;
			}
			load(new String(in.readAllBytes(), StandardCharsets.UTF_8), documents);
		}
	}

	/**
	 * Imports the text of a bank, or logs at ERROR why it was not imported; never throws,
	 * so a bad bank cannot stop the app.
	 */
	void load(String json, int documents) {
		try {
			Bank read = BankJson.read(json);
			BankImport result = this.bank.importBank(read);
			log.info("bundled corpus: {} documents changed; bank: {}", documents, result);
		}
		catch (BankFormatException | BankRefusedException ex) {
			log.error("{} was not imported, the bank stays as it was: {}", BANK, ex.getMessage());
		}
		catch (RuntimeException ex) {
			// the import is one transaction, rolled back: the app serves the bank it had
			log.error("{} was not imported, the bank stays as it was", BANK, ex);
		}

	}

}
