package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.Source;
import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.DurationFact;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.NamedThingFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LetterFact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import app.quarry.generation.extract.people.SignOffs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Turns the facts of a corpus into questions. Facts that cannot make a good question are
 * skipped. The same question from several documents (same type, format, value and prompt,
 * hence the same id) becomes one question listing every source, the first document by id
 * as its {@code source}. A person's role told again by a later document is asked there as
 * a {@link RoleCloze} in that document's words, an organisation's description as a
 * {@link DescriptionCloze}.
 */
public final class QuestionGenerator {

	private QuestionGenerator() {
	}

	/** The questions for these documents, sorted by id. */
	public static List<BankQuestion> generate(List<SourceDocument> documents) {
		List<SourceDocument> ordered = documents.stream().sorted(Comparator.comparing(d -> d.document().id())).toList();
		DistractorPool pool = new DistractorPool(ordered);
		Map<String, BankQuestion> byId = new LinkedHashMap<>();
		Map<String, Set<Source>> sources = new HashMap<>();
		for (SourceDocument document : ordered) {
			List<Fact> facts = new ArrayList<>(document.facts());
			facts.sort(Comparator.comparingInt(Fact::start).thenComparingInt(Fact::end));
			Sentence checked = null;
			boolean statement = false;
			boolean statedHeadline = false;
			for (Fact fact : facts) {
				Sentence sentence = document.sentenceOf(fact);
				if (sentence == null && fact instanceof QuoteFact) {
					sentence = document.sentencesOf(fact);
				}
				if (fact instanceof LetterFact && (sentence == null || !Statement.isStatement(sentence.text()))) {
					// a letter's header block is no sentence, yet it says to whom, when
					// and
					// under which reference: it is cited as it stands
					addAll(byId, sources, questions(new FactSite(document, document.span(fact), fact), pool));
					continue;
				}
				if (sentence == null) {
					continue;
				}
				if (sentence != checked) {
					// facts come in order: a sentence is checked once for all its facts
					checked = sentence;
					boolean stated = Statement.isStatement(sentence.text());
					statement = stated
							&& !Statement.isFurniture(document.text(), sentence, document.document().title());
					statedHeadline = stated && !statement
							&& Statement.isHeadline(document.text(), sentence, document.document().title());
				}
				if (!statement && statedHeadline && (fact instanceof CountFact || fact instanceof DateFact)) {
					// "Airline buys twelve new jets": a headline's numbers and dates are
					// what the story is about, though the headline is no sentence of its
					// own (its dates are asked only as a cloze)
					addAll(byId, sources, questions(new FactSite(document, sentence, fact), pool));
					continue;
				}
				if (!statement && fact instanceof PersonFact person && SignOffs.isSignOffRole(person.role())) {
					// "Jane Roe, ABC News, Hong Kong.": a broadcast sign-off has no verb,
					// yet it says who the reporter is
					addAll(byId, sources, questions(new FactSite(document, sentence, fact), pool));
					continue;
				}
				if (!statement && fact instanceof QuoteFact quote && QuoteQuestions.isWholeSentence(quote, sentence)
						&& !Statement.isFurniture(document.text(), sentence, document.document().title())) {
					// '“…,” she said. “It's over.”': a quotation that is its whole
					// sentence
					// is its speaker's statement, however few its words
					addAll(byId, sources, questions(new FactSite(document, sentence, fact), pool));
					continue;
				}
				if (!statement && fact instanceof PersonFact person && person.role() != null
						&& Statement.isSpeakerLabel(sentence.text())) {
					// "Jane Roe (WES), Westria coach": a transcript names its next
					// speaker and their post without a verb
					addAll(byId, sources, questions(new FactSite(document, sentence, fact), pool));
					continue;
				}
				if (!statement && fact instanceof PersonFact && Statement.isSignOff(sentence.text())) {
					// "Jane Roe, ABC News, Hong Kong.": no statement, yet it says who
					// reported the story and for whom
					addAll(byId, sources, questions(new FactSite(document, sentence, fact), pool));
					continue;
				}
				if (!statement && fact instanceof EntityFact entity && entity.place() && !statedHeadline
						&& Statement.isVerblessReport(sentence.text())
						&& !Statement.isFurniture(document.text(), sentence, document.document().title())) {
					// "More heavy gunfire in the Baltic province of Varnia.": a broadcast
					// tells the news without a verb, yet says what the place is; its
					// questions ask that, not the sentence's own words
					addAll(byId, sources, questions(new FactSite(document, sentence, fact), pool));
					continue;
				}
				if (!statement) {
					List<BankQuestion> asked = List.of();
					if (fact instanceof DateFact date && DateQuestions.isDateLine(document, sentence, date)) {
						asked = DateQuestions.dateLine(new FactSite(document, sentence, fact), date, pool);
					}
					addAll(byId, sources, asked.isEmpty() ? leaning(document, sentence, fact, false, pool) : asked);
					continue;
				}
				FactSite site = new FactSite(document, sentence, fact);
				List<BankQuestion> questions = questions(site, pool);
				if (questions.isEmpty()) {
					// "A bomb explodes. One person is killed.": too short to ask alone
					questions = leaning(document, sentence, fact, true, pool);
				}
				if (fact instanceof PersonFact person && askedFromAnother(byId, questions)) {
					questions = new ArrayList<>(questions);
					questions.addAll(RoleCloze.of(site, person));
				}
				else if (fact instanceof EntityFact entity && askedFromAnother(byId, questions)) {
					questions = new ArrayList<>(questions);
					questions.addAll(DescriptionCloze.of(site, entity));
				}
				addAll(byId, sources, questions);
			}
		}
		// sources gathered in sets, not by copying a question per source: a fact stated
		// in many documents would otherwise cost the square of their number
		return byId.values()
			.stream()
			.sorted(Comparator.comparing(BankQuestion::id))
			.map(q -> EntityLeftovers.mended(withSources(q, sources.get(q.id()))))
			.toList();
	}

	private static void addAll(Map<String, BankQuestion> byId, Map<String, Set<Source>> sources,
			List<BankQuestion> questions) {
		for (BankQuestion q : questions) {
			byId.putIfAbsent(q.id(), q);
			sources.computeIfAbsent(q.id(), id -> new LinkedHashSet<>()).addAll(q.sources());
		}
	}

	/** Whether another document already asks one of these questions. */
	private static boolean askedFromAnother(Map<String, BankQuestion> byId, List<BankQuestion> questions) {
		for (BankQuestion q : questions) {
			BankQuestion kept = byId.get(q.id());
			if (kept != null && !kept.source().document().equals(q.source().document())) {
				return true;
			}
		}
		return false;
	}

	private static BankQuestion withSources(BankQuestion q, Set<Source> sources) {
		return new BankQuestion(q.id(), q.type(), q.format(), q.prompt(), q.answer(), q.value(), q.accepted(),
				q.options(), q.quote(), q.source(), List.copyOf(sources));
	}

	/** The questions on a short sentence's fact, asked with the sentence it leans on. */
	private static List<BankQuestion> leaning(SourceDocument document, Sentence sentence, Fact fact, boolean statement,
			DistractorPool pool) {
		Sentence around = LeaningSentences.around(document, sentence, fact, statement);
		return around == null ? List.of() : questions(new FactSite(document, around, fact), pool);
	}

	private static List<BankQuestion> questions(FactSite site, DistractorPool pool) {
		return switch (site.fact()) {
			case DateFact date -> DateQuestions.of(site, date, pool);
			case CountFact count -> SingleUnitQuestions.handles(count) ? SingleUnitQuestions.of(site, count)
					: GroupWordQuestions.handles(count) ? GroupWordQuestions.of(site, count)
							: CountQuestions.of(site, count);
			case QuoteFact quote -> QuoteQuestions.of(site, quote, pool);
			case PersonFact person -> PersonQuestions.of(site, person, pool);
			case EntityFact entity -> EntityQuestions.of(site, entity, pool);
			case NamedThingFact thing -> NamedThingQuestions.of(site, thing);
			case LetterFact letter -> LetterQuestions.of(site, letter, pool);
			case DurationFact duration -> ReportedPeriodClozes.ofMonthsSoFar(site, duration);
			default -> List.of();
		};
	}

}
