package app.quarry.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Switches between Lumo's light and dark theme. The choice is remembered in the browser
 * (localStorage), and {@link AppShell} applies it before the page paints, so there is no
 * flash of the wrong theme. Without a stored choice the system preference decides.
 */
class ThemeToggle extends Button {

	static final String STORAGE_KEY = "quarry-theme";

	private boolean dark;

	ThemeToggle() {
		addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		addClickListener(click -> setDark(!this.dark));
		show();
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		getElement().executeJs("return document.documentElement.getAttribute('theme') || ''")
			.then(String.class, theme -> {
				this.dark = theme.contains("dark");
				show();
			});
	}

	boolean isDark() {
		return this.dark;
	}

	void setDark(boolean dark) {
		this.dark = dark;
		getElement().executeJs("""
				const theme = $0;
				if (theme) { document.documentElement.setAttribute('theme', theme); }
				else { document.documentElement.removeAttribute('theme'); }
				try { localStorage.setItem($1, theme || 'light'); } catch (e) { /* private mode */ }
				""", dark ? "dark" : "", STORAGE_KEY);
		show();
	}

	private void show() {
		setIcon((this.dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
		String label = this.dark ? "Use the light theme" : "Use the dark theme";
		setAriaLabel(label);
		setTooltipText(label);
		getElement().setAttribute("aria-pressed", Boolean.toString(this.dark));
	}

}
