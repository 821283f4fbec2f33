package app.quarry.generation.extract.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's English part-of-speech model, loaded once, asked only where capitalization
 * cannot tell: is the first word of a sentence a name ("Donald Trump said") or an
 * ordinary word ("Expressing Kim's distrust")? Only a few words around that position are
 * tagged, so the model's cost stays small on large corpora.
 */
final class PartOfSpeech {

	private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	private static final int WINDOW = 4;

	private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal
		.withInitial(() -> new POSTaggerME(Model.INSTANCE, POSTagFormat.UD));

	private PartOfSpeech() {
	}

	static boolean isProperNounAtSentenceStart(DocumentTokens doc, int first, int runEnd) {
		if (NameLexicon.FEMALE_NAMES.contains(doc.get(first).lower())
				|| NameLexicon.MALE_NAMES.contains(doc.get(first).lower())
				|| GivenNames.known(doc.get(first).lower())) {
			// the model misreads given names it has not seen ("Oona", "Tariq")
			return true;
		}
		int end = Math.min(doc.size(), Math.max(runEnd + 1, first + WINDOW));
		return doc.properNounAtStart.computeIfAbsent((long) first << 32 | end, k -> isProperNoun(doc, first, end));
	}

	/**
	 * Whether the model tags the first of the words from {@code first} to {@code end} a
	 * name.
	 */
	private static boolean isProperNoun(DocumentTokens doc, int first, int end) {
		String[] words = new String[end - first];
		for (int i = first; i < end; i++) {
			words[i - first] = doc.get(i).text();
		}
		String tag = TAGGER.get().tag(words)[0];
		return tag.equals("PROPN") || tag.startsWith("NNP");
	}

	/**
	 * The first word of a sentence read in lower case is a common noun: "Shares of
	 * Zentrix fell" opens with one, where the model reads any capitalized word as a name.
	 */
	static boolean isCommonNounLowered(DocumentTokens doc, int first) {
		int end = Math.min(doc.size(), first + WINDOW);
		String[] words = new String[end - first];
		for (int i = first; i < end; i++) {
			words[i - first] = i == first ? doc.get(i).lower() : doc.get(i).text();
		}
		String tag = TAGGER.get().tag(words)[0];
		return tag.equals("NOUN") || tag.startsWith("NN") && !tag.startsWith("NNP");
	}

	/**
	 * Whether the model reads the word at {@code at} as a verb, tagging the words from
	 * {@code from} to just after it: "helps the tobacco giant raise funds".
	 */
	static boolean isVerb(DocumentTokens doc, int from, int at) {
		int end = Math.min(doc.size(), at + 2);
		String[] words = new String[end - from];
		for (int i = from; i < end; i++) {
			words[i - from] = doc.get(i).text();
		}
		String tag = TAGGER.get().tag(words)[at - from];
		return tag.equals("VERB") || tag.equals("AUX");
	}

	/** The model's universal tags for these words, read as one run. */
	static String[] tags(String[] words) {
		return TAGGER.get().tag(words);
	}

	/** Holds the model so that it is read on first use, once per JVM. */
	private static final class Model {

		static final POSModel INSTANCE = load();

		private static POSModel load() {
			try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
				if (in == null) {
					throw new IllegalStateException(
							"OpenNLP part-of-speech model missing from the classpath: " + MODEL);
				}
				return new POSModel(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the OpenNLP part-of-speech model", ex);
			}
		}

	}

}
