package app.quarry.bank.ui;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionBrowser;
import app.quarry.bank.QuestionId;
import app.quarry.bank.StoredQuestion;
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
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * One question: prompt, answer, options, accepted answers, and its sentence in its
 * document; only if the viewer may see it ({@link QuestionBrowser}), else the same page
 * as for an unknown id, so that an address tells nothing.
 */
@Route("questions/:id")
@PageTitle("Question")
@PermitAll
class QuestionDetailView extends VerticalLayout implements BeforeEnterObserver {

	private final QuestionBrowser bank;

	private final CorpusService corpus;

	QuestionDetailView(QuestionBrowser bank, CorpusService corpus) {
		this.bank = bank;
		this.corpus = corpus;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		String id = event.getRouteParameters().get("id").orElse("");
		this.bank.find(QuestionId.of(id))
			.ifPresentOrElse(this::show,
					() -> add(new H2("No question " + id), new Paragraph("It may have been removed from the bank.")));
	}

	private void show(StoredQuestion stored) {
		BankQuestion q = stored.question();
		String status = (stored.status() == QuestionStatus.APPROVED) ? ""
				: " · " + stored.status().name().toLowerCase(java.util.Locale.ROOT);
		add(new H2(q.prompt()), new Paragraph(q.type() + " · " + q.format() + status),
				new Paragraph("Answer: " + q.answer()));
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
