package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Finds letters. A document that is itself a letter (a closing such as "Respectfully,"
 * followed by a name) gives one fact with its recipient (the first line or the "Dear"
 * line, without honorifics), sender (the name after the closing), date (a line that is
 * only a date), reference ("ID: ..."), delivery ("Sent via: ...") and subject ("Re: ...",
 * without the "Re:"). In other documents every sentence about a letter gives a fact with
 * what it states: the letter's number in the series, who carried it, who sent it to whom,
 * and when.
 */
public final class LetterFinder implements FactFinder {

	private static final String NAME = "[A-Z][a-z]+(?:[ -][A-Z][a-z-]+){1,3}";

	private static final String PERSON = "(?:" + NAME + "|[A-Z][a-z]+)";

	private static final Pattern CLOSING = Pattern.compile(
			"(?im)^[ \\t]*(?:sincerely|respectfully|yours (?:truly|sincerely|faithfully|respectfully)|best regards|kind regards|regards|with respect|cordially|best wishes)[ \\t]*,?[ \\t]*$");

	private static final Pattern SALUTATION = Pattern.compile(
			"(?m)^[ \\t]*(?:Dear[ \\t]+)?(?:(?:His|Her|Your)[ \\t]+Excellency[ \\t]+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?[ \\t]+)?(?<name>[A-Z][\\w’'.-]*(?:[ \\t]+[A-Z][\\w’'.-]*){0,3})[ \\t]*[,:]?[ \\t]*$");

	/** Text ending in "the": a date after it is an attribute ("the 1950-53 war"). */
	private static final Pattern AFTER_THE = Pattern.compile("(?s).*\\b[Tt]he\\s+");

	private static final Pattern DEAR = Pattern.compile("(?m)^[ \\t]*Dear\\b");

	private static final Pattern REFERENCE = Pattern.compile(
			"(?im)^[ \\t]*(?:ID|Ref|Reference|Our ref|Your ref|Reference No\\.?|File No\\.?|Ref\\. No\\.?)[ \\t]*[:#][ \\t]*(?<ref>[A-Z0-9][A-Za-z0-9/-]{2,})[ \\t]*$");

	private static final Pattern DELIVERY = Pattern.compile(
			"(?im)^[ \\t]*(?:Sent via|Sent by|Via|Delivery|Delivered by)[ \\t]*:[ \\t]*(?<d>[^\\n]{2,40}?)[ \\t]*$");

	private static final Pattern SUBJECT = Pattern
		.compile("(?im)^[ \\t]*(?:Re|Subject|Subj)[ \\t]*:[ \\t]*(?<s>[^\\n]+?)[ \\t]*$");

	private static final Pattern MENTION = Pattern.compile("\\b[Ll]etters?\\b");

	/** A word of each closing above: "regards" in "best regards". */
	private static final List<String> CLOSING_WORDS = List.of("sincerely", "respect", "yours", "regards", "cordially",
			"wishes");

	private static final Pattern[] CARRIERS = { Pattern.compile(
			"\\b(?:delivered|carried|brought|handed|conveyed|sent|passed)\\b[^.;]{0,80}?\\bby\\s+(?:[\\w.’'-]+\\s+){0,5}?(?<c>"
					+ NAME + ")(?=\\s+(?:in|on|at|to|during|after|before|when)\\b|[,.;]|\\s*$)"),
			Pattern.compile("\\bhad\\s+(?<c>" + PERSON + ")\\s+(?:deliver|carry|bring|hand|pass)\\b"),
			Pattern.compile("\\b(?:was|were)\\s+(?:handed|given|passed)\\s+(?:over\\s+)?to\\s+(?<c>" + PERSON + ")"),
			Pattern.compile("\\bsent\\s+(?<c>" + NAME + "),[^.]{0,200}?\\bbearing\\b") };

	private static final Pattern[] SENDER_RECIPIENT = {
			Pattern.compile("\\b(?<r>" + PERSON + ")\\s+(?:has\\s+|had\\s+)?received\\b[^.]{0,60}?\\bfrom\\s+(?<s>"
					+ PERSON + ")"),
			Pattern.compile(
					"\\b(?<s>" + PERSON + ")(?:’s|'s)\\s+(?:[a-z]+\\s+){0,2}letters?\\s+to\\s+(?<r>" + PERSON + ")"),
			Pattern.compile("\\bletters?\\s+from\\s+(?<s>" + PERSON + ")(?:\\s+to\\s+(?<r>" + PERSON + "))?"),
			Pattern.compile(
					"\\b(?<s>" + PERSON + ")\\s+(?:has\\s+|had\\s+)?sent\\s+(?:to\\s+)?(?<r>" + PERSON + ")\\b"), };

	/**
	 * A word each pattern above needs, by position: a sentence without it is not tried
	 * (trying them at every character of every sentence about a letter was most of
	 * finding letters).
	 */
	private static final String[] CARRIER_WORDS = { "by", "had", "to", "bearing" };

	private static final String[] SENDER_RECIPIENT_WORDS = { "received", "letter", "letter", "sent" };

	private final DateFinder dates = new DateFinder();

	private final CountFinder counts = new CountFinder();

	@Override
	public List<LetterFact> find(DocumentAnalysis analysis) {
		DocumentText document = analysis.document();
		List<Fact> dateFacts = this.dates.find(analysis);
		List<LetterFact> letters = new ArrayList<>();
		LetterFact own = letterDocument(document, dateFacts);
		if (own != null) {
			letters.add(own);
			return letters;
		}
		List<CountFact> ordinals = this.counts.find(analysis)
			.stream()
			.filter((c) -> c.ordinal() && c.unit().equals("letter"))
			.toList();
		for (Sentence sentence : document.sentences()) {
			String clean = document.cleanText().substring(sentence.start(), sentence.end());
			Integer number = ordinals.stream()
				.filter((c) -> c.start() >= sentence.start() && c.end() <= sentence.end())
				.map((c) -> (int) c.value())
				.findFirst()
				.orElse(null);
			// most sentences have no "etter": searching each with the expression was half
			// of finding letters
			if (number == null && (!clean.contains("etter") || !MENTION.matcher(clean).find())) {
				continue;
			}
			String carrier = null;
			for (int i = 0; i < CARRIERS.length && carrier == null; i++) {
				if (clean.contains(CARRIER_WORDS[i])) {
					carrier = group(CARRIERS[i], clean, "c");
				}
			}
			if (carrier != null && carrier.endsWith("s")) {
				carrier = null; // "the North Koreans": a people, not a carrier
			}
			String sender = null;
			String recipient = null;
			for (int i = 0; i < SENDER_RECIPIENT.length; i++) {
				if (!clean.contains(SENDER_RECIPIENT_WORDS[i])) {
					continue;
				}
				Matcher m = SENDER_RECIPIENT[i].matcher(clean);
				if (m.find()) {
					sender = m.group("s");
					recipient = m.group("r");
					if (recipient != null && recipient.equals(carrier)) {
						recipient = null;
					}
					break;
				}
			}
			String date = nearestDate(dateFacts, sentence, sentence.start() + anchor(clean), clean);
			if (number != null || carrier != null || sender != null || date != null) {
				letters.add(new LetterFact(sentence.text(), sentence.start(), sentence.end(), sender, recipient, date,
						null, null, number, carrier, null));
			}
		}
		return letters;
	}

	/** The letters of a document read on its own. */
	public List<LetterFact> find(DocumentText document, ExtractionContext context) {
		return find(new DocumentAnalysis(document, context));
	}

	private static LetterFact letterDocument(DocumentText document, List<Fact> dateFacts) {
		String clean = document.cleanText();
		Matcher closing = CLOSING.matcher(clean);
		if (!mayClose(clean) || !closing.find()) {
			return null;
		}
		String sender = nextLine(clean, closing.end());
		int head = 0;
		while (head < clean.length() && Character.isWhitespace(clean.charAt(head))) {
			head++;
		}
		int headerEnd = Math.min(clean.length(), head + 1500);
		String header = clean.substring(0, headerEnd);
		// the "Dear ..." line names the recipient best; else the first line of the
		// address
		Matcher dear = DEAR.matcher(header);
		Matcher salutation = SALUTATION.matcher(header);
		if (dear.find()) {
			salutation.region(dear.start(), header.length());
		}
		String recipient = salutation.find() ? salutation.group("name").strip() : null;
		String reference = group(REFERENCE, header, "ref");
		String delivery = group(DELIVERY, header, "d");
		Matcher subject = SUBJECT.matcher(header);
		String subjectText = null;
		int end = head;
		if (subject.find()) {
			subjectText = subject.group("s");
			end = subject.end("s");
		}
		String date = null;
		for (Fact f : dateFacts) {
			if (f instanceof DateFact d && d.value() != null && d.value().length() == 10 && f.start() < headerEnd) {
				date = d.value();
				end = Math.max(end, d.end());
				break;
			}
		}
		if (end == head) {
			end = clean.indexOf('\n', head) < 0 ? clean.length() : clean.indexOf('\n', head);
		}
		return new LetterFact(document.text().substring(head, end), head, end, sender, recipient, date, reference,
				delivery, null, null, subjectText);
	}

	/**
	 * Whether the text holds a word every closing has: most documents hold none, and
	 * spare the closing's expression tried at every character of the document.
	 */
	private static boolean mayClose(String clean) {
		String lower = clean.toLowerCase(Locale.ROOT);
		return CLOSING_WORDS.stream().anyMatch(lower::contains);
	}

	/** Where the sentence speaks of the letter: its first "letter", else its start. */
	private static int anchor(String clean) {
		Matcher m = MENTION.matcher(clean);
		return m.find() ? m.start() : 0;
	}

	/**
	 * The value of the date in the sentence nearest to the letter's mention; dates used
	 * as attributes ("the 1950-53 Korean War") are not when a letter went.
	 */
	private static String nearestDate(List<Fact> dateFacts, Sentence sentence, int anchor, String clean) {
		String best = null;
		int distance = Integer.MAX_VALUE;
		for (Fact f : dateFacts) {
			if (f instanceof DateFact d && d.value() != null && f.start() >= sentence.start()
					&& f.end() <= sentence.end()
					&& !AFTER_THE.matcher(clean.substring(0, f.start() - sentence.start())).matches()) {
				int gap = Math.abs(f.start() - anchor);
				if (gap < distance) {
					distance = gap;
					best = d.value();
				}
			}
		}
		return best;
	}

	private static String nextLine(String clean, int from) {
		for (String line : clean.substring(from).split("\n")) {
			String s = line.strip().replaceAll("\\s{2,}", " ");
			if (!s.isEmpty()) {
				return s;
			}
		}
		return null;
	}

	private static String group(Pattern pattern, String text, String group) {
		Matcher m = pattern.matcher(text);
		return m.find() ? m.group(group) : null;
	}

}
