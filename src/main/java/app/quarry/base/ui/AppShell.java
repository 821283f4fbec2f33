package app.quarry.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo theme plus Quarry's own stylesheet, and what makes the app
 * installable: the web app manifest, its icons and the service worker (all static files
 * beside the stylesheet, so the frontend bundle is untouched).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
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

	// Relative to the page's base, so it works under any context path; a browser without
	// service workers (or with them blocked) simply gets the plain web app.
	private static final String REGISTER_SERVICE_WORKER = """
			if ('serviceWorker' in navigator) {
				window.addEventListener('load', function () {
					navigator.serviceWorker.register(new URL('sw.js', document.baseURI), { scope: './' })
						.catch(function () { /* not installable here: the app works as before */ });
				});
			}
			""";

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addInlineWithContents(Inline.Position.PREPEND, APPLY_REMEMBERED_THEME, Inline.Wrapping.JAVASCRIPT);
		settings.addLink("manifest", "manifest.webmanifest");
		settings.addLink("icon", "icons/icon.svg");
		settings.addFavIcon("icon", "icons/icon-192.png", "192x192");
		settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
		settings.addMetaTag("theme-color", "#1f5f8b");
		settings.addMetaTag("mobile-web-app-capable", "yes");
		settings.addMetaTag("apple-mobile-web-app-title", "Quarry");
		settings.addInlineWithContents(Inline.Position.APPEND, REGISTER_SERVICE_WORKER, Inline.Wrapping.JAVASCRIPT);
	}

}
