package app.quarry.generation.upload;

import app.quarry.QuarryApplication;
import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.corpus.CorpusService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The application in a JVM of its own, for {@link GenerationSurvivesSigkillTest}. In
 * {@code add} mode it adds a document as a teacher and prints {@code ADDED <job>} once
 * the service has returned (document and job committed), then {@code STAGE <stage>} while
 * the job is under way, until it is killed; in {@code verify} mode it waits for that job
 * (which the start resumes) and prints {@code JOB <stage> <drafts added>},
 * {@code DOCUMENT <stored>}, {@code DRAFTS <n>} and {@code END}.
 */
public final class UploadKillApp {

	static final String TEACHER = "sigkill-teacher";

	private UploadKillApp() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		Path dataDir = Path.of(args[1]);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(QuarryApplication.class).run(
				"--quarry.data-dir=" + dataDir, "--server.port=0", "--vaadin.productionMode=true",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN");
		DocumentUploadService uploads = context.getBean(DocumentUploadService.class);
		if (mode.equals("add")) {
			app.quarry.account.AccountFixtures.create(context.getBean(AccountService.class), TEACHER,
					java.util.Set.of(Role.TEACHER), false);
			logIn();
			UploadBatch batch = uploads.add(List.of(new NewDocument("summit-letter.md",
					UploadFixtures.file("summit-letter.md"), "Killed mid-way", LocalDate.of(2019, 2, 20))));
			long jobId = batch.jobIds().get(0);
			System.out.println("ADDED " + jobId);
			System.out.flush();
			while (true) {
				// the parent kills on the first stage past STORED: generation under way
				GenerationStage stage = uploads.jobs(List.of(jobId)).get(0).stage();
				if (stage != GenerationStage.STORED) {
					System.out.println("STAGE " + stage);
					System.out.flush();
				}
				Thread.sleep(20);
			}
		}
		else {
			logIn();
			long jobId = Long.parseLong(args[2]);
			GenerationJob job = UploadFixtures.awaitFinished(uploads, List.of(jobId)).get(0);
			System.out.println("JOB " + job.stage() + " " + job.addedCount());
			System.out.println("DOCUMENT " + context.getBean(CorpusService.class).find(job.documentId()).isPresent());
			System.out.println("DRAFTS " + context.getBean(BankService.class)
				.withStatus(QuestionStatus.DRAFT, new QuestionFilter(null, null, job.documentId(), null))
				.size());
			System.out.println("END");
			System.out.flush();
			context.close();
			System.exit(0);
		}
	}

	private static void logIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(TEACHER, null,
					List.of(new SimpleGrantedAuthority(Role.TEACHER.authority()))));
	}

}
