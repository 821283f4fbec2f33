package app.quarry;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.AccountDirectory;
import app.quarry.account.AccountService;
import app.quarry.account.AccountSpringTest;
import app.quarry.account.Role;
import app.quarry.account.SystemWork;
import app.quarry.bank.Bank;
import app.quarry.bank.BankImporter;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.decks.DeckService;
import app.quarry.srs.GradedAnswer;
import app.quarry.srs.ReviewSource;
import app.quarry.srs.SrsService;
import app.quarry.srs.fsrs.Rating;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every service says who may call it, and method security refuses everyone else: a caller
 * who is not logged in, or one without the role, even when a view was skipped by a
 * crafted request. The app's own work (the start-up import of the bundled bank) still
 * runs, as {@link SystemWork}.
 */
@AccountSpringTest
class ServicesRefuseWrongCallersTest {

	@Autowired
	BankService bank;

	@Autowired
	BankImporter importer;

	@Autowired
	SrsService srs;

	@Autowired
	DeckService decks;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	@Qualifier("rolesAllowedOnServices")
	PointcutAdvisor methodSecurity;

	@AfterEach
	void log_out() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void the_bank_is_changed_only_by_teachers_and_imported_only_by_the_app() {
		String id = this.bank.search(QuestionFilter.ANY, 0, 1).getFirst().question().id();

		assertThatThrownBy(() -> this.bank.review(QuestionId.of(id), QuestionStatus.RETIRED))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		logIn("a-student", Role.STUDENT);
		assertThatThrownBy(() -> this.bank.review(QuestionId.of(id), QuestionStatus.RETIRED))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.bank.addDrafts(List.of())).isInstanceOf(AccessDeniedException.class);
		logIn("a-teacher", Role.TEACHER);
		assertThatThrownBy(() -> this.importer.importBank(new Bank(List.of(), List.of())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.bank.find(QuestionId.of(id)).orElseThrow().status()).isEqualTo(QuestionStatus.APPROVED);
	}

	@Test
	void the_bundled_bank_is_imported_at_start_up_with_nobody_logged_in() {
		assertThat(this.bank.count(QuestionFilter.ANY)).isPositive();
	}

	@Test
	void reviews_are_read_and_recorded_only_for_someone_logged_in() {
		assertThatThrownBy(() -> this.srs.settings(LearnerId.of(1)))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> this.srs.recordAll(LearnerId.of(1), List.of(new GradedAnswer("q", Rating.GOOD, null)),
				ReviewSource.QUIZ))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThat(SystemWork.call(() -> this.srs.settings(LearnerId.of(1)))).isNotNull();
	}

	@Test
	void decks_are_only_for_someone_logged_in() {
		assertThatThrownBy(() -> this.decks.decks()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> this.decks.newDeck("Mine"))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	@WithMockUser(username = "a-teacher", roles = "TEACHER")
	void accounts_are_managed_only_by_admins() {
		assertThatThrownBy(() -> this.directory.find(null, Pageable.unpaged()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.directory.count(null)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.accounts.resetPassword(LearnerId.of(1)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_app_s_own_work_passes_every_role_and_leaves_no_one_logged_in() {
		SystemWork.run(() -> this.bank.addDrafts(List.of()));

		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void views_are_left_to_vaadin_s_navigation_check_and_never_wrapped_by_method_security() throws Exception {
		ClassFilter guarded = this.methodSecurity.getPointcut().getClassFilter();

		assertThat(guarded.matches(Class.forName("app.quarry.classroom.ui.TeacherClassesView"))).isFalse();
		assertThat(guarded.matches(BankService.class)).isTrue();
	}

	/** Logs in a person by name and role, without an account behind them. */
	private static void logIn(String login, Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null,
					Set.of(new SimpleGrantedAuthority(role.authority()))));
	}

}
