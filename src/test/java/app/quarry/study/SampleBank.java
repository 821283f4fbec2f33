package app.quarry.study;

import app.quarry.account.SystemWork;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import app.quarry.bank.Bank;
import app.quarry.bank.BankJson;
import app.quarry.bank.BankImporter;
import app.quarry.bank.RetirementLimit;

/**
 * Twelve questions over two corpus documents, in all five formats, for the study tests:
 * small, fixed, and independent of what the generator produces.
 */
public final class SampleBank {

	static final String RESOURCE = "study/sample-bank.json";

	private SampleBank() {
	}

	public static void importInto(BankImporter bank) {
		try (InputStream in = SampleBank.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			// the sample replaces whatever bank the context started with, on purpose
			Bank sample = BankJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			SystemWork.run(() -> bank.importBank(sample, RetirementLimit.NONE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
