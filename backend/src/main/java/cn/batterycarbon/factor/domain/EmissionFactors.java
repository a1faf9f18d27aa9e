package cn.batterycarbon.factor.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmissionFactors extends JpaRepository<EmissionFactor, UUID>, JpaSpecificationExecutor<EmissionFactor> {

    List<EmissionFactor> findByReleaseIdOrderByCodeAscGeographyAscYearAsc(UUID releaseId);

    List<EmissionFactor> findByReleaseIdAndRetiredFalse(UUID releaseId);

    long countByReleaseIdAndRetiredFalse(UUID releaseId);

    long countByReleaseId(UUID releaseId);

    @Query("select distinct f.unit from EmissionFactor f where f.releaseId = :releaseId order by f.unit")
    List<String> unitsOf(@Param("releaseId") UUID releaseId);

    @Query("select distinct f.year from EmissionFactor f where f.releaseId = :releaseId order by f.year desc")
    List<Integer> yearsOf(@Param("releaseId") UUID releaseId);
}
