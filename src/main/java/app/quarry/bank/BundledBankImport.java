package app.quarry.bank;

import app.quarry.corpus.BundledCorpus;
import app.quarry.corpus.CorpusService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The bundled corpus and {@code bank.json}, stored in one transaction. */
@Component
class BundledBankImport {

	static final String BANK = "questions/bank.json";

	private static final Logger log = LoggerFactory.getLogger(BundledBankImport.class);

	private final CorpusService corpus;

	private final BankImporter bank;

	private final BankRevision revision;

	BundledBankImport(CorpusService corpus, BankImporter bank, BankRevision revision) {
		this.corpus = corpus;
		this.bank = bank;
		this.revision = revision;
	}

	/**
	 * Stores the corpus, then imports the bank. One transaction holding the bank's row
	 * lock: a second node starting at the same time waits, then finds everything stored
	 * and changes nothing.
	 */
	@Transactional
	public void importAll() {
		this.revision.lockForImport();
		try {
			int documents = this.corpus.store(BundledCorpus.read());
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(BANK)) {
				if (in == null) {
					log.warn("no {} on the classpath: the bank is empty", BANK);
					return;
				}
				load(new String(in.readAllBytes(), StandardCharsets.UTF_8), documents);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
