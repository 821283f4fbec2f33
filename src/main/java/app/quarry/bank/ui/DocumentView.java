package app.quarry.bank.ui;

import app.quarry.corpus.CorpusService;
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
			.ifPresentOrElse(d -> add(new H2(d.title()), new SourceText(d.text(), span[0], span[1])),
					() -> add(new H2("No document " + id),
							new Paragraph("There is no such document, or it needs a log-in.")));
	}

	private static int[] span(String parameter) {
		if (parameter.matches("\\d{1,9}-\\d{1,9}")) {
			String[] parts = parameter.split("-");
			return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
		}
		return new int[] { 0, 0 };
	}

}
