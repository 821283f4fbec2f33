package app.quarry.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * The keyboard-shortcut overlay: {@code ?} opens a dialog listing the keys that the
 * visible views have registered. A view registers its keys once, in its constructor; they
 * are listed while the view is attached:
 *
 * <pre>
 * ShortcutHelp.register(this, "Space", "Show the answer");
 * ShortcutHelp.register(this, "1 – 4", "Rate: again, hard, good, easy");
 * </pre>
 */
public final class ShortcutHelp {

	/** One line of the overlay: the keys to press and what they do. */
	public record Entry(String keys, String action) {
	}

	static final Entry OPEN_HELP = new Entry("?", "Show this list of keys");

	static final Entry CLOSE = new Entry("Esc", "Close a dialog");

	// Typing "?" into a text field must type it, not open the overlay.
	private static final String NOT_IN_A_FIELD = "event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey"
			+ " && !(event.composedPath()[0].isContentEditable"
			+ " || ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.composedPath()[0].tagName))";

	private ShortcutHelp() {
	}

	/**
	 * Lists {@code keys → action} in the overlay while {@code owner} is attached.
	 * @return removes the entry for good
	 */
	public static Registration register(Component owner, String keys, String action) {
		Entry entry = new Entry(keys, action);
		Registration onAttach = owner.addAttachListener(attach -> registry(attach.getUI()).add(entry));
		Registration onDetach = owner.addDetachListener(detach -> registry(detach.getUI()).remove(entry));
		owner.getUI().ifPresent(ui -> registry(ui).add(entry));
		return () -> {
			onAttach.remove();
			onDetach.remove();
			owner.getUI().ifPresent(ui -> registry(ui).remove(entry));
		};
	}

	/** The lines the overlay shows now in this UI, the built-in ones first. */
	public static List<Entry> entries(UI ui) {
		List<Entry> all = new ArrayList<>(List.of(OPEN_HELP, CLOSE));
		all.addAll(registry(ui));
		return List.copyOf(all);
	}

	/** Opens the overlay in this UI. */
	public static Dialog open(UI ui) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Keyboard shortcuts");
		Div list = new Div();
		list.addClassName("shortcut-list");
		list.getElement().setAttribute("role", "list");
		for (Entry entry : entries(ui)) {
			Div row = new Div();
			row.getElement().setAttribute("role", "listitem");
			Span keys = new Span();
			keys.getElement().appendChild(new Element("kbd").setText(entry.keys()));
			row.add(keys, new Span(entry.action()));
			list.add(row);
		}
		dialog.add(list);
		Button close = new Button("Close", click -> dialog.close());
		dialog.getFooter().add(close);
		ui.add(dialog);
		dialog.open();
		close.focus();
		return dialog;
	}

	/**
	 * Makes {@code ?} open the overlay anywhere in this UI except while typing in a
	 * field.
	 */
	static void listenForQuestionMark(UI ui) {
		ui.getElement().addEventListener("keydown", event -> open(ui)).setFilter(NOT_IN_A_FIELD).preventDefault();
	}

	private static List<Entry> registry(UI ui) {
		Registry registry = ComponentUtil.getData(ui, Registry.class);
		if (registry == null) {
			registry = new Registry();
			ComponentUtil.setData(ui, Registry.class, registry);
		}
		return registry.entries;
	}

	private static final class Registry {

		private final List<Entry> entries = new ArrayList<>();

	}

}
