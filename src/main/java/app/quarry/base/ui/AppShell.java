package app.quarry.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: Lumo theme plus Quarry's own stylesheet. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("study.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

	// Runs before the first paint: the remembered theme, else the system's preference.
	private static final String APPLY_REMEMBERED_THEME = """
			(function () {
				try {
					var theme = localStorage.getItem('%s');
					if (!theme && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) {
						theme = 'dark';
					}
					if (theme === 'dark') { document.documentElement.setAttribute('theme', 'dark'); }
				} catch (e) { /* storage blocked: keep the light theme */ }
			})();
			""".formatted(ThemeToggle.STORAGE_KEY);

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addInlineWithContents(Inline.Position.PREPEND, APPLY_REMEMBERED_THEME, Inline.Wrapping.JAVASCRIPT);
	}

}
