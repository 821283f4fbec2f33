package app.quarry.study.ui;

import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalDouble;

import app.quarry.account.AccountService;
import app.quarry.study.LearnerSettings;
import app.quarry.study.LearnerSettings.Optimization;
import app.quarry.study.LearnerSettings.Settings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Study settings: desired retention, new cards and reviews a day, the study day, and the
 * optimizer.
 */
@Route("settings")
@PageTitle("Study settings · Quarry")
@Menu(order = 30, title = "Study settings")
@PermitAll
class SettingsView extends Main {

	private final NumberField retention = new NumberField("Desired retention (%)");

	private final IntegerField newCards = new IntegerField("New cards a day");

	private final IntegerField reviews = new IntegerField("Reviews a day at most");

	private final ComboBox<String> zone = new ComboBox<>("Time zone");

	private final IntegerField rollover = new IntegerField("A new study day starts at (hour, 0–23)");

	private final Div optimization = new Div();

	SettingsView(LearnerSettings settings, AccountService accounts) {
		long learnerId = accounts.current().orElseThrow(() -> new IllegalStateException("not logged in")).id().value();
		addClassNames("page", "settings-page");
		Settings current = settings.settings(learnerId);
		this.retention.setMin(70);
		this.retention.setMax(97);
		this.retention.setStep(1);
		this.retention.setStepButtonsVisible(true);
		this.retention.setValue((double) Math.round(current.desiredRetention() * 100));
		this.retention.setHelperText("70 to 97. The share of cards you want to still remember when they come back.");
		this.newCards.setMin(0);
		this.newCards.setMax(999);
		this.newCards.setStepButtonsVisible(true);
		this.newCards.setValue(current.dailyNewLimit());
		this.reviews.setMin(0);
		this.reviews.setMax(9999);
		this.reviews.setStepButtonsVisible(true);
		this.reviews.setValue(current.dailyReviewLimit());
		this.reviews.setHelperText("Due cards beyond this wait for the next day, the most overdue first.");
		this.zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
		this.zone.setValue(current.timeZone().getId());
		this.rollover.setMin(0);
		this.rollover.setMax(23);
		this.rollover.setStepButtonsVisible(true);
		this.rollover.setValue(current.rolloverHour());
		Button save = new Button("Save settings", click -> save(settings, learnerId));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div form = new Div(this.retention, tradeOff(), this.newCards, this.reviews, this.zone, this.rollover, save);
		form.addClassName("settings-form");
		Paragraph suspendedText = new Paragraph(suspended(settings.suspendedCards(learnerId)));
		suspendedText.setId("suspended-cards");
		Button bringBack = new Button("Bring them all back", click -> {
			int count = settings.unsuspendAll(learnerId);
			suspendedText.setText(suspended(0));
			click.getSource().setEnabled(false);
			Notification.show(count + ((count == 1) ? " card is" : " cards are") + " back in your queue.", 3000,
					Notification.Position.BOTTOM_START);
		});
		bringBack.setEnabled(settings.suspendedCards(learnerId) > 0);
		Button optimize = new Button("Optimize my schedule", click -> show(settings.optimize(learnerId)));
		this.optimization.addClassName("optimization");
		this.optimization.getElement().setAttribute("role", "status");
		add(new H1("Study settings"), form, new H2("Suspended cards"), suspendedText, bringBack,
				new H2("Optimize my schedule"),
				new Paragraph(
						"Quarry can fit its memory model to your own answers. The new fit is kept only if it predicts your "
								+ "most recent answers better than the current one."),
				optimize, this.optimization);
	}

	private static String suspended(int count) {
		return switch (count) {
			case 0 -> "No card is suspended. Suspend one from the study page (S) to keep it out of your queue.";
			case 1 -> "1 card is suspended: it stays out of your queue until you bring it back.";
			default -> count + " cards are suspended: they stay out of your queue until you bring them back.";
		};
	}

	private static Paragraph tradeOff() {
		Paragraph text = new Paragraph("Higher retention means you forget less, but cards come back sooner, so "
				+ "you review more each day: going from 90% to 95% roughly doubles the daily reviews. Lower "
				+ "retention means fewer reviews and more forgotten cards. 90% suits most people.");
		text.addClassName("settings-explanation");
		return text;
	}

	private void save(LearnerSettings settings, long learnerId) {
		try {
			if (this.retention.getValue() == null || this.newCards.getValue() == null || this.reviews.getValue() == null
					|| this.rollover.getValue() == null || this.zone.getValue() == null) {
				throw new IllegalArgumentException("Fill in every setting.");
			}
			settings.save(learnerId, new Settings(this.retention.getValue() / 100.0, this.newCards.getValue(),
					ZoneId.of(this.zone.getValue()), this.rollover.getValue(), this.reviews.getValue()));
			Notification.show("Settings saved.", 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (IllegalArgumentException ex) {
			Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	void show(Optimization result) {
		this.optimization.removeAll();
		this.optimization.add(new Paragraph(result.message()));
		if (result.logLossBefore().isPresent()) {
			this.optimization.add(new Paragraph("Reviews used: " + result.reviews()),
					new Paragraph("Log loss (lower predicts better): " + number(result.logLossBefore()) + " before, "
							+ number(result.logLossAfter()) + " after"),
					new Paragraph("RMSE (bins): " + number(result.rmseBefore()) + " before, "
							+ number(result.rmseAfter()) + " after"),
					new Paragraph(result.adopted() ? "The new parameters are now in use."
							: "The current parameters were kept."));
		}
	}

	private static String number(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "–";
	}

}
