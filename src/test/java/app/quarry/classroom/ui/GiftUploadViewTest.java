package app.quarry.classroom.ui;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.router.QueryParameters;

/**
 * Importing GIFT from the review page: the server holds files to the stated limit, and a
 * large import runs in the background while the page shows how far it has come.
 */
class GiftUploadViewTest extends ClassroomViewTest {

	private Actor teacher;

	@BeforeEach
	void a_teacher_on_the_review_page() {
		this.teacher = newActor(this.accounts, "Upload Teacher", Role.TEACHER);
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/questions", QueryParameters.simple(Map.of("status", "draft")));
	}

	@Test
	void a_file_over_the_limit_sent_past_the_browser_is_refused_by_the_server_with_the_limit() {
		byte[] big = ("::q:: Seoul? {=Han}\n\n").repeat(60_000).getBytes(StandardCharsets.UTF_8);
		assertThat(big.length).isGreaterThan(GiftExchange.MAX_GIFT_BYTES);

		UploadKt._upload(_get(Upload.class), "big.gift", big);
		MockVaadin.runUIQueue();

		assertThat(outcome()).isEqualTo("big.gift was refused: the file is too large (" + big.length
				+ " bytes; the limit is 1048576 bytes, 1 MiB).");
	}

	@Test
	void a_file_of_thousands_of_questions_imports_in_the_background_and_then_says_what_it_added()
			throws InterruptedException {
		StringBuilder gift = new StringBuilder();
		String unique = Long.toString(System.nanoTime());
		for (int i = 0; i < 3000; i++) {
			gift.append("::q")
				.append(i)
				.append(":: Which river is number ")
				.append(i)
				.append(" (")
				.append(unique)
				.append(")? {=Han ~Taedong}\n\n");
		}
		long started = System.nanoTime();

		UploadKt._upload(_get(Upload.class), "many.gift", gift.toString().getBytes(StandardCharsets.UTF_8));
		MockVaadin.runUIQueue();
		assertThat(outcome()).startsWith("Importing many.gift");
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(GiftExchange.POLL_MILLIS);
		for (int i = 0; i < 1200 && outcome().startsWith("Importing"); i++) {
			Thread.sleep(50);
			ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
		}

		assertThat(outcome()).isEqualTo("many.gift: 3000 drafts added, 0 already in the bank.");
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
		assertThat((System.nanoTime() - started) / 1_000_000_000.0).as("seconds for 3000 questions").isLessThan(30);
	}

	private static String outcome() {
		return _get(Paragraph.class, spec -> spec.withId("gift-outcome")).getText();
	}

}
