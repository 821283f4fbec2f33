package app.quarry.classroom;

import app.quarry.account.Role;
import app.quarry.account.AccountFixtures;
import app.quarry.QuarryApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An app node in a JVM of its own, for {@link AnswersSurviveNodeKillsIT}: on the database
 * named by its first argument, it answers the open attempts named by the others
 * ({@code studentId:attemptId}), each question not answered yet, and prints
 * {@code ACK <attempt> <position> <response>} once an answer has returned (so it is
 * committed), until every question is answered ({@code DONE}) or it is killed.
 */
public final class QuizNodeApp {

	private QuizNodeApp() {
	}

	public static void main(String[] args) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(QuarryApplication.class).run(
				"--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
				"--spring.datasource.password=", "--spring.datasource.driver-class-name=org.postgresql.Driver",
				"--quarry.data-dir=" + args[2], "--server.port=0", "--vaadin.productionMode=true",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN");
		AttemptService attempts = context.getBean(AttemptService.class);
		// the students answer logged in, as in the app
		AccountFixtures.logIn("quiz-node-students", Role.STUDENT);
		List<String[]> taken = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			taken.add(args[i].split(":"));
		}
		System.out.println("READY");
		System.out.flush();
		for (String[] pair : taken) {
			Actor student = new Actor(Long.parseLong(pair[0]), "", false, false);
			long attemptId = Long.parseLong(pair[1]);
			for (AttemptQuestion question : attempts.view(student, attemptId).questions()) {
				if (question.response() == null) {
					String response = question.options().get(1);
					attempts.answer(student, attemptId, question.position(), response);
					System.out.println("ACK " + attemptId + " " + question.position() + " " + response);
					System.out.flush();
				}
			}
		}
		System.out.println("DONE");
		System.out.flush();
		context.close();
		System.exit(0);
	}

}
