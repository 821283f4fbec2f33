package app.quarry.classroom.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	List<Enrolment> findByClassIdOrderByJoinedAtAsc(long classId);

	List<Enrolment> findByStudentId(long studentId);

	boolean existsByClassIdAndStudentId(long classId, long studentId);

	long deleteByClassIdAndStudentId(long classId, long studentId);

}
