package app.quarry.classroom.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

	List<SchoolClass> findByTeacherIdOrderByNameAsc(long teacherId);

	Optional<SchoolClass> findByJoinCode(String joinCode);

	boolean existsByJoinCode(String joinCode);

}
