package cn.batterycarbon.factor.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewComments extends JpaRepository<ReviewComment, UUID> {

    List<ReviewComment> findByReleaseIdOrderByCreatedAtAsc(UUID releaseId);
}
