package app.quarry.bank.ui;

import app.quarry.corpus.CorpusService;
import app.quarry.corpus.StoredDocument;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A document opened at a sentence: {@code documents/ID?sentence=START-END} shows the
 * whole text with that span marked and scrolled into view. Other features link here. The
 * bundled corpus is public; documents teachers uploaded need a log-in (see
 * {@link CorpusService#read}).
 */
@Route("documents/:id")
@PageTitle("Document")
@AnonymousAllowed
class DocumentView extends VerticalLayout implements BeforeEnterObserver {

	private final CorpusService corpus;

	DocumentView(CorpusService corpus) {
		this.corpus = corpus;
	}

	/** The link to a document with a span marked. */
	static String link(String documentId, int start, int end) {
		return "documents/" + documentId + "?sentence=" + start + "-" + end;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		String id = event.getRouteParameters().get("id").orElse("");
		int[] span = span(event.getLocation().getQueryParameters().getSingleParameter("sentence").orElse(""));
		// an uploaded document is for signed-in people only: the same answer as for no
		// document, so its address tells nothing
		this.corpus.read(id)
			.ifPresentOrElse(d -> show(d, span[0], span[1]), () -> add(new H2("No document " + id),
					new Paragraph("There is no such document, or it needs a log-in.")));
	}

	/**
	 * The sentence first, quoted under the title, so that it is what the page opens on
	 * whatever the scrolling does; then the whole text with it marked and scrolled to.
	 */
	private void show(StoredDocument document, int start, int end) {
		add(new H2(document.title()));
		String sentence = SourceText.marked(document.text(), start, end).strip();
		if (!sentence.isEmpty()) {
			Paragraph quote = new Paragraph(sentence);
			quote.addClassName("source-sentence-quote");
			quote.getStyle().set("border-inline-start", "3px solid var(--lumo-primary-color)");
			quote.getStyle().set("padding-inline-start", "var(--lumo-space-m)");
			add(quote, new Paragraph("It is marked in the text below."));
		}
		add(new SourceText(document.text(), start, end));
	}

	private static int[] span(String parameter) {
		if (parameter.matches("\\d{1,9}-\\d{1,9}")) {
			String[] parts = parameter.split("-");
			return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
		}
		return new int[] { 0, 0 };
	}

}
