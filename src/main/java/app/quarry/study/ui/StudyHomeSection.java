package app.quarry.study.ui;

import app.quarry.account.Account;
import app.quarry.account.AccountService;
import app.quarry.base.ui.HomeSection;
import app.quarry.base.ui.LinkButtons;
import app.quarry.study.DocumentMastery;
import app.quarry.study.ProgressService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;

/**
 * The start page's study part: what the material is (its documents and how many questions
 * each gives) for everyone, and for a learner how many cards are due today.
 */
@org.springframework.stereotype.Component
class StudyHomeSection implements HomeSection {

	private final AccountService accounts;

	private final ProgressService progress;

	StudyHomeSection(AccountService accounts, ProgressService progress) {
		this.accounts = accounts;
		this.progress = progress;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Component> build() {
		Div section = new Div();
		section.addClassName("home-section");
		Optional<Account> learner = this.accounts.current();
		learner.ifPresent(account -> section.add(today(account.id().value())));
		section.add(material());
		return Optional.of(section);
	}

	private Div today(long learnerId) {
		int due = this.progress.figures(learnerId).dueToday();
		int fresh = this.progress.newToday(learnerId);
		Paragraph figures = new Paragraph(cards(due) + " due today, and " + cards(fresh) + " new you may start.");
		figures.setId("home-due");
		return new Div(new H2("Today"), figures,
				LinkButtons.row(LinkButtons.link("study", (due > 0) ? "Study due cards" : "Study new cards", true),
						LinkButtons.link("dashboard", "See your progress", false)));
	}

	private Div material() {
		List<DocumentMastery> documents = this.progress.material().stream().filter(d -> d.questions() > 0).toList();
		int questions = documents.stream().mapToInt(DocumentMastery::questions).sum();
		Paragraph summary = new Paragraph((documents.isEmpty())
				? "There is nothing to study yet: a teacher adds "
						+ "documents, and their questions appear here once approved."
				: "Questions from " + documents.size() + ((documents.size() == 1) ? " document" : " documents") + ", "
						+ questions + " in all:");
		summary.setId("home-material");
		UnorderedList list = new UnorderedList();
		list.setId("home-documents");
		documents.forEach(d -> list.add(
				new ListItem(d.title() + " — " + d.questions() + ((d.questions() == 1) ? " question" : " questions"))));
		return new Div(new H2("The material"), summary, list);
	}

	private static String cards(int count) {
		return count + ((count == 1) ? " card" : " cards");
	}

}
