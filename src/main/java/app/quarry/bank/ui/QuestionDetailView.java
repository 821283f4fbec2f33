package app.quarry.bank.ui;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionStatus;
import app.quarry.corpus.CorpusService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * One question: prompt, answer, options, accepted answers, and its sentence in its
 * document.
 */
@Route("questions/:id")
@PageTitle("Question")
@AnonymousAllowed
class QuestionDetailView extends VerticalLayout implements BeforeEnterObserver {

	private final BankService bank;

	private final CorpusService corpus;

	QuestionDetailView(BankService bank, CorpusService corpus) {
		this.bank = bank;
		this.corpus = corpus;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		String id = event.getRouteParameters().get("id").orElse("");
		// a draft is not vetted yet: teachers see it on their review page, nobody here
		this.bank.find(id)
			.filter(stored -> stored.status() != QuestionStatus.DRAFT)
			.ifPresentOrElse(stored -> show(stored.question()),
					() -> add(new H2("No question " + id), new Paragraph("It may have been removed from the bank.")));
	}

	private void show(BankQuestion q) {
		add(new H2(q.prompt()), new Paragraph(q.type() + " · " + q.format()), new Paragraph("Answer: " + q.answer()));
		if (!q.options().isEmpty()) {
			add(new H3("Options"), list(q.options()));
		}
		add(new H3("Accepted answers"), list(q.accepted()));
		this.corpus.find(q.source().document()).ifPresent(d -> {
			add(new H3("Source: " + d.title()),
					new Anchor(DocumentView.link(d.id(), q.source().start(), q.source().end()), "Open the document"));
			add(new SourceText(d.text(), q.source().start(), q.source().end()));
		});
	}

	private static UnorderedList list(List<String> items) {
		UnorderedList list = new UnorderedList();
		items.forEach(i -> list.add(new ListItem(i)));
		return list;
	}

}
