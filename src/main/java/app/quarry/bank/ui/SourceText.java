package app.quarry.bank.ui;

import app.quarry.corpus.ResidueMask;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A document's whole text with one span marked. Built from text nodes (Span and a
 * {@code <mark>} element with text), never from HTML, so nothing in a document can inject
 * markup; the mark scrolls into view when shown. Web residue (image links, footnote tags,
 * "Related stories") is shown blanked, as the extractors saw it: the masked text has the
 * same length, so the offsets still point at the sentence.
 */
class SourceText extends Div {

	/**
	 * The marked span of the text as shown (residue blanked), empty when none is marked.
	 */
	static String marked(String storedText, int start, int end) {
		String text = ResidueMask.mask(storedText);
		int from = Math.max(0, Math.min(start, text.length()));
		int to = Math.max(from, Math.min(end, text.length()));
		return text.substring(from, to);
	}

	SourceText(String storedText, int start, int end) {
		String text = ResidueMask.mask(storedText);
		addClassName("source-text");
		getStyle().set("white-space", "pre-wrap").set("max-height", "28rem").set("overflow", "auto");
		int from = Math.max(0, Math.min(start, text.length()));
		int to = Math.max(from, Math.min(end, text.length()));
		com.vaadin.flow.dom.Element markElement = new com.vaadin.flow.dom.Element("mark");
		markElement.setText(text.substring(from, to));
		markElement.setAttribute("id", "source-sentence");
		add(new Span(text.substring(0, from)));
		getElement().appendChild(markElement);
		add(new Span(text.substring(to)));
		// after the frames in which the router puts a newly opened page at its top, or
		// the sentence would be scrolled to and then scrolled away from
		markElement.executeJs("const mark = this; const show = () => mark.scrollIntoView({block: 'center'});"
				+ " requestAnimationFrame(() => requestAnimationFrame(show)); setTimeout(show, 250);");
	}

}
