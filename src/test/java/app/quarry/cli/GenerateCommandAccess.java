package app.quarry.cli;

import app.quarry.generation.extract.FactExtractor;

/** Gives tests the extractor the generate command uses, so they test the same bank. */
public final class GenerateCommandAccess {

	private GenerateCommandAccess() {
	}

	public static FactExtractor extractor() {
		return GenerateCommand.extractor();
	}

}
