package app.quarry.study;

import app.quarry.account.Role;
import app.quarry.account.AccountFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import app.quarry.QuarryApplication;
import app.quarry.account.Account;
import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application in a JVM of its own, for {@link AnswersSurviveSigkillTest}: in
 * {@code stream} mode it records answers through {@link StudyService} one after another
 * and prints {@code ACK <question> <millis>} after each has returned (so it is
 * committed); in {@code verify} mode it prints the learner's review log as
 * {@code LOG <question> <millis>} lines and {@code END}.
 */
public final class AnswerStreamApp {

	static final String LEARNER = "durability@example.org";

	private AnswerStreamApp() {
	}

	public static void main(String[] args) {
		String mode = args[0];
		Path dataDir = Path.of(args[1]);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(QuarryApplication.class)
			// the services and the H2 file database as the app runs them; production mode
			// so
			// that starting needs no front-end build (answers go through the service)
			.run("--quarry.data-dir=" + dataDir, "--server.port=0", "--vaadin.productionMode=true",
					"--spring.main.banner-mode=off", "--logging.level.root=WARN");
		AccountService accounts = context.getBean(AccountService.class);
		LearnerSchedule schedule = context.getBean(LearnerSchedule.class);
		// the learner answers and reads their log logged in, as in the app
		AccountFixtures.logIn(LEARNER, Role.STUDENT);
		if (mode.equals("stream")) {
			SampleBank.importInto(context.getBean(app.quarry.bank.BankImporter.class));
			Account learner = accounts.findByLogin(LEARNER)
				.orElseGet(() -> accounts
					.register(new Registration(LEARNER, "", "correct horse battery", ZoneOffset.UTC)));
			stream(context.getBean(StudyService.class), context.getBean(QuestionCatalog.class), learner.id().value());
		}
		else {
			long learnerId = accounts.findByLogin(LEARNER).orElseThrow().id().value();
			for (LearnerSchedule.LoggedReview review : schedule.reviewLog(learnerId)) {
				System.out.println("LOG " + review.questionId() + " " + review.taken().toMillis());
			}
			System.out.println("END");
			System.out.flush();
			context.close();
			System.exit(0);
		}
	}

	/** Answers until killed; every printed acknowledgement follows a committed review. */
	private static void stream(StudyService study, QuestionCatalog catalog, long learnerId) {
		List<StudyCard> cards = catalog.studyCards();
		if (cards.isEmpty()) {
			System.out.println("NO-CARDS");
			System.exit(2);
		}
		System.out.println("READY");
		System.out.flush();
		for (int i = 0;; i++) {
			String questionId = cards.get(i % cards.size()).questionId();
			long millis = 1_000 + i;
			Rating rating = Rating.ofNumber(1 + i % 4);
			study.record(learnerId, new ReviewToRecord(questionId, rating, Duration.ofMillis(millis), "", true));
			System.out.println("ACK " + questionId + " " + millis);
			System.out.flush();
		}
	}

}
