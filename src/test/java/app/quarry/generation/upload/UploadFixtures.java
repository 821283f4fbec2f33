package app.quarry.generation.upload;

import app.quarry.account.AccountFixtures;
import app.quarry.account.AccountService;
import app.quarry.account.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test documents (under {@code src/test/resources/upload/}), fresh accounts logged in by
 * role, and waiting for background jobs to finish.
 */
public final class UploadFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** Generous: the first job loads the language models. */
	private static final Duration JOB_LIMIT = Duration.ofMinutes(3);

	private UploadFixtures() {
	}

	/** A fixture file's bytes. */
	public static byte[] file(String name) {
		try (InputStream in = UploadFixtures.class.getResourceAsStream("/upload/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test document " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The summit letter with a line of its own added, so that each test adds a document
	 * the corpus does not hold yet.
	 */
	public static byte[] freshSummitLetter(String marker) {
		String text = new String(file("summit-letter.md"), StandardCharsets.UTF_8);
		return (text + "\nFiled under " + marker + ".\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Registers an account with these roles and logs it in; returns its login. */
	public static String logInNew(AccountService accounts, Role... roles) {
		String login = "upload-" + roles[0].name().toLowerCase() + "-" + SEQUENCE.incrementAndGet();
		AccountFixtures.create(accounts, login, Set.of(roles), false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null,
					java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
		return login;
	}

	/** Waits until every job is DONE or FAILED and returns them. */
	public static List<GenerationJob> awaitFinished(DocumentUploadService uploads, List<Long> ids)
			throws InterruptedException {
		long deadline = System.nanoTime() + JOB_LIMIT.toNanos();
		while (true) {
			List<GenerationJob> jobs = uploads.jobs(ids);
			if (jobs.size() == ids.size() && jobs.stream().allMatch(j -> j.stage().finished())) {
				return jobs;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("jobs not finished after " + JOB_LIMIT + ": " + jobs);
			}
			Thread.sleep(100);
		}
	}

}
