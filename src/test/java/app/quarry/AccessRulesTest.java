package app.quarry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import app.quarry.account.Role;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * One way to say who may do what: the JSR-250 annotations, on views for Vaadin's
 * navigation check and on services for Spring's method security, naming Quarry's roles.
 */
class AccessRulesTest {

	private static final JavaClasses QUARRY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.quarry");

	private static final Set<String> ROLES = EnumSet.allOf(Role.class)
		.stream()
		.map(Role::name)
		.collect(Collectors.toSet());

	@Test
	void every_view_says_who_may_open_it() {
		classes().that()
			.areAnnotatedWith(Route.class)
			.should()
			.beAnnotatedWith(AnonymousAllowed.class)
			.orShould()
			.beAnnotatedWith(PermitAll.class)
			.orShould()
			.beAnnotatedWith(RolesAllowed.class)
			.orShould()
			.beAnnotatedWith(DenyAll.class)
			.check(QUARRY);
	}

	@Test
	void no_other_kind_of_access_annotation_is_used() {
		noClasses().should()
			.beAnnotatedWith(PreAuthorize.class)
			.orShould()
			.beAnnotatedWith(PostAuthorize.class)
			.orShould()
			.beAnnotatedWith(Secured.class)
			.check(QUARRY);
		noMethods().should()
			.beAnnotatedWith(PreAuthorize.class)
			.orShould()
			.beAnnotatedWith(PostAuthorize.class)
			.orShould()
			.beAnnotatedWith(Secured.class)
			.check(QUARRY);
	}

	/**
	 * {@code @PermitAll} means "anyone logged in" to Vaadin but "anyone at all" to
	 * Spring's method security, so services name the roles instead.
	 */
	@Test
	void only_views_use_permit_all() {
		classes().that().areAnnotatedWith(PermitAll.class).should().beAssignableTo(Component.class).check(QUARRY);
		noMethods().should().beAnnotatedWith(PermitAll.class).check(QUARRY);
	}

	@Test
	void roles_allowed_names_only_quarry_s_roles() {
		classes().should(nameOnlyKnownRoles()).check(QUARRY);
	}

	private static ArchCondition<com.tngtech.archunit.core.domain.JavaClass> nameOnlyKnownRoles() {
		return new ArchCondition<>("name only the roles " + ROLES) {
			@Override
			public void check(com.tngtech.archunit.core.domain.JavaClass type, ConditionEvents events) {
				check(type, type.getName(), events);
				type.getMethods().forEach(method -> check(method, method.getFullName(), events));
			}

			private void check(HasAnnotations<?> annotated, String where, ConditionEvents events) {
				annotated.tryGetAnnotationOfType(RolesAllowed.class.getName())
					.map(JavaAnnotation::getProperties)
					.map(properties -> (Object[]) properties.get("value"))
					.ifPresent(roles -> Arrays.stream(roles)
						.map(String::valueOf)
						.filter(role -> !ROLES.contains(role))
						.forEach(role -> events
							.add(SimpleConditionEvent.violated(annotated, where + " names no role: " + role))));
			}
		};
	}

}
