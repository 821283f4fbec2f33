package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives a quotation without attribution the speaker of the quotation it continues: the
 * one before it in the same paragraph (also across a sentence about its speaker), the one
 * left open at the end of the previous paragraph, or else the attributed one after it in
 * the same paragraph ("“…,” he said. “…”").
 */
final class QuoteContinuation {

	private final DocumentPeople people;

	private final ReportedSpeakers reported;

	private final QuoteParagraphs paragraphs;

	private final FragmentsQuotedInSentences fragments;

	private final QuotesAttributedAbove attributedAbove;

	private final SentenceAboutTheSpeaker aboutTheSpeaker;

	QuoteContinuation(DocumentPeople people) {
		this.people = people;
		this.reported = new ReportedSpeakers(people, new AttributionClauses(people));
		this.paragraphs = new QuoteParagraphs(people);
		this.fragments = new FragmentsQuotedInSentences(people, this.paragraphs);
		this.attributedAbove = new QuotesAttributedAbove(people);
		this.aboutTheSpeaker = new SentenceAboutTheSpeaker(people);
	}

	void inheritSpeakers() {
		List<Map.Entry<QuotedSpan, Attribution>> quotations = new ArrayList<>();
		for (Map.Entry<QuotedSpan, Attribution> entry : this.people.attributions.entrySet()) {
			if (entry.getValue().quotation()) {
				quotations.add(entry);
			}
		}
		for (Map.Entry<QuotedSpan, Attribution> entry : quotations) {
			LocalPerson speaker = entry.getValue().speaker() == null && !entry.getValue().ownAttribution()
					? attributedBelow(entry.getKey()) : null;
			if (speaker != null) {
				entry.setValue(entry.getValue().withSpeaker(speaker));
			}
		}
		for (int i = 0; i < quotations.size(); i++) {
			Map.Entry<QuotedSpan, Attribution> entry = quotations.get(i);
			if (entry.getValue().speaker() != null || entry.getValue().ownAttribution()) {
				continue;
			}
			if (this.fragments.embeddedFragment(entry.getKey())) {
				LocalPerson speaker = this.fragments.speaker(quotations, i);
				if (speaker != null) {
					entry.setValue(entry.getValue().withSpeaker(speaker));
				}
				continue;
			}
			LocalPerson speaker = null;
			// "…, described by the Herald as “…”, might …. “…”": a cited source's words
			// leave no voice to go on with
			boolean cited = i > 0 && SourcesCitedByPassives.citedBy(this.people.doc,
					this.people.doc.tokenAt(quotations.get(i - 1).getKey().start()));
			if (i > 0 && !cited && this.paragraphs.continues(quotations.get(i - 1).getKey(), entry.getKey())) {
				speaker = quotations.get(i - 1).getValue().speaker();
			}
			if (speaker == null && i > 0 && !cited && this.aboutTheSpeaker.between(quotations.get(i - 1).getKey(),
					entry.getKey(), quotations.get(i - 1).getValue().speaker())) {
				speaker = quotations.get(i - 1).getValue().speaker(); // "“…,” Roe said.
																		// Roe lost
																		// her son. “…”"
			}
			if (speaker == null && i + 1 < quotations.size()
					&& this.paragraphs.sameParagraph(entry.getKey().end(), quotations.get(i + 1).getKey().start())
					&& this.paragraphs.adjacent(entry.getKey(), quotations.get(i + 1).getKey())
					&& !headedByItsOwnSpeaker(quotations.get(i + 1).getKey())
					&& !OwnSentenceBetween.separates(this.people.doc, entry.getKey(), quotations.get(i + 1).getKey())) {
				speaker = quotations.get(i + 1).getValue().speaker();
			}
			if (speaker == null && i > 0 && !cited
					&& (this.paragraphs.aloneInParagraph(entry.getKey())
							|| this.paragraphs.opensParagraphUnattributed(entry.getKey())
							|| this.paragraphs.opensParagraphLeftOpen(entry.getKey()))
					&& this.paragraphs.nextParagraph(quotations.get(i - 1).getKey(), entry.getKey())) {
				// a paragraph of nothing but quoted words goes on with the speaker of the
				// paragraph before
				speaker = quotations.get(i - 1).getValue().speaker();
			}
			if (speaker == null && this.paragraphs.opensOwnParagraph(entry.getKey())) {
				speaker = this.reported.ofParagraphBefore(entry.getKey());
			}
			if (speaker == null && this.paragraphs.opensOwnParagraph(entry.getKey())) {
				speaker = this.attributedAbove.speaker(entry.getKey());
			}
			if (speaker == null) {
				speaker = this.reported.ofSentenceBefore(entry.getKey());
			}
			if (speaker != null && !SpokenThingsAfterQuote.isText(speaker)) {
				entry.setValue(entry.getValue().withSpeaker(speaker));
			}
		}
	}

	/**
	 * "“…”" then a paragraph of its own, "Mr Smith said.": the speaker of a quote that
	 * closes its paragraph, named right below it.
	 */
	private LocalPerson attributedBelow(QuotedSpan span) {
		String text = this.people.doc.text;
		int lineBreak = span.end();
		while (lineBreak < text.length() && text.charAt(lineBreak) != '\n') {
			if (Character.isLetterOrDigit(text.charAt(lineBreak++))) {
				return null;
			}
		}
		DocumentTokens doc = this.people.doc;
		int t = doc.tokenAt(lineBreak);
		Mention speaker = t < doc.size() ? this.people.index.mentionStartingAt(t) : null;
		if (speaker == null) {
			return null;
		}
		int verb = speaker.appositionEndToken;
		boolean bare = verb + 1 < doc.size() && SpeechVerbs.isSpeechVerb(doc.get(verb).lower())
				&& doc.get(verb + 1).is(".") && (verb + 2 >= doc.size() || doc.afterLineBreak[verb + 2]);
		return bare ? speaker.person : null;
	}

	/**
	 * '“…” And Lee says: “…”': a speech verb handing over to the later quotation with a
	 * colon or a comma introduces a new speaker for it, not the one of the words before.
	 */
	private boolean headedByItsOwnSpeaker(QuotedSpan later) {
		DocumentTokens doc = this.people.doc;
		int open = doc.tokenAt(later.start());
		if (open < 2 || !(doc.get(open - 1).is(":") || doc.get(open - 1).is(","))) {
			return false;
		}
		for (int t = open - 2; t >= 0 && t >= open - 6 && !doc.get(t).is("”") && !doc.get(t).is("\""); t--) {
			if (SpeechVerbs.isSpeechVerb(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

}
